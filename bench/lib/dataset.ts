import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { productRoot, ROOT, runCli } from './processes.js';

export interface Dataset {
  credentials: { tenant: string; adminEmail: string; adminPassword: string; apiKey: string };
  /** What was loaded, for the report. */
  description: string[];
}

/**
 * The data set, built through the product's own CLI before the server starts (PGlite allows one
 * process per data directory): migrations + shipped reference catalog + the demo tenant (store,
 * admin, API key, and whatever each module seeds: grading forms, prices, campaigns, data
 * fields), then the synthetic catalog variants.
 */
export async function prepareDataset(
  env: Record<string, string>,
  dataDir: string,
  log: (m: string) => void,
  syntheticVariants = SYNTHETIC_VARIANTS,
): Promise<Dataset> {
  const description: string[] = [];
  let t = Date.now();
  runCli(['seed', 'demo', '--tenant', 'demo'], env);
  const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as Dataset['credentials'];
  log(`demo tenant seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  description.push('shipped reference catalog + demo tenant (`tradein seed demo`)');
  t = Date.now();
  description.push(await loadSyntheticCatalog(env, dataDir, log, syntheticVariants));
  log(`synthetic catalog step took ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { credentials, description };
}

/** Number of synthetic variants the bench adds to the demo tenant (issue 7: 50,000). */
export const SYNTHETIC_VARIANTS = 50_000;

/**
 * 50,000 synthetic variants from the catalog module's generator, imported as the demo tenant's
 * own products: with `tradein catalog import` when the CLI has it, else through the same
 * `importProducts` use case (bench/lib/synthetic-loader.ts).
 */
async function loadSyntheticCatalog(env: Record<string, string>, dataDir: string, log: (m: string) => void, count: number): Promise<string> {
  const catalog = (await import(pathToFileURL(path.join(productRoot(), 'src/modules/catalog/index.ts')).href)) as {
    syntheticImportRows?: (count: number) => Array<{
      key: string;
      group: string;
      manufacturer: string;
      item: string;
      storageGb: number | null;
      productCodes: string[];
      modelNumbers: string[];
      releaseDate: string;
      identifierKind: string;
    }>;
  };
  if (!catalog.syntheticImportRows) {
    log('catalog module exports no synthetic generator: running on the shipped catalog only');
    return 'synthetic 50,000 variants: not available (the catalog module has no generator)';
  }
  const rows = catalog.syntheticImportRows(count).map((r) => ({
    key: r.key,
    group: r.group,
    manufacturer: r.manufacturer,
    item: r.item,
    ...(r.storageGb ? { storage_gb: r.storageGb } : {}),
    product_codes: r.productCodes,
    model_numbers: r.modelNumbers,
    release_date: r.releaseDate,
    identifier_kind: r.identifierKind,
  }));
  const file = path.join(dataDir, 'synthetic-catalog.json');
  fs.writeFileSync(file, JSON.stringify(rows));
  // Commander answers `--help` of an unknown command with the root help: look for the command.
  const help = spawnSync(process.execPath, [path.join(productRoot(), 'bin/tradein.js'), 'catalog', '--help'], {
    cwd: productRoot(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (help.status === 0 && /^\s+import\b/m.test(help.stdout)) {
    const out = runCli(['catalog', 'import', file, '--tenant', 'demo'], env).trim().split('\n').pop();
    log(`tradein catalog import: ${out}`);
    return `${rows.length.toLocaleString('en-US')} synthetic variants (catalog module generator) imported as demo tenant products with \`tradein catalog import\``;
  }
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/lib/synthetic-loader.ts'), productRoot(), 'demo', file], {
    cwd: productRoot(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`synthetic catalog import failed: ${(res.stderr || res.stdout).slice(-2000)}`);
  const result = JSON.parse(res.stdout.trim().split('\n').pop()!) as { created: number; errors: number; firstError: unknown };
  log(`synthetic catalog: ${JSON.stringify(result)}`);
  if (result.errors > 0) throw new Error(`synthetic catalog rows refused: ${result.errors}, first: ${JSON.stringify(result.firstError)}`);
  return `${result.created.toLocaleString('en-US')} synthetic variants (catalog module generator) imported as demo tenant products through catalog.importProducts`;
}
