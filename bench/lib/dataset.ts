import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { productRoot, runCli } from './processes.js';

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
export async function prepareDataset(env: Record<string, string>, dataDir: string, log: (m: string) => void): Promise<Dataset> {
  const description: string[] = [];
  let t = Date.now();
  runCli(['seed', 'demo', '--tenant', 'demo'], env);
  const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as Dataset['credentials'];
  log(`demo tenant seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  description.push('shipped reference catalog + demo tenant (`tradein seed demo`)');
  t = Date.now();
  description.push(await loadSyntheticCatalog(env, log));
  log(`synthetic catalog step took ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { credentials, description };
}

/** 50,000 synthetic variants through the catalog module's generator, when it exists. */
async function loadSyntheticCatalog(_env: Record<string, string>, log: (m: string) => void): Promise<string> {
  const catalog = (await import(pathToFileURL(path.join(productRoot(), 'src/modules/catalog/index.ts')).href)) as Record<string, unknown>;
  const generator = Object.keys(catalog).find((k) => /synthetic/i.test(k));
  if (!generator) {
    log('catalog module exports no synthetic generator yet: running on the shipped catalog only');
    return 'synthetic 50,000 variants: not available (catalog module has no generator yet)';
  }
  return `synthetic generator ${generator} found but not wired in the bench yet`;
}
