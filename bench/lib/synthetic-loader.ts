/**
 * Fallback used by bench/lib/dataset.ts while the product has no `tradein catalog import`
 * command: imports a product-rows JSON file into a tenant through the catalog module's own
 * `importProducts` use case (the same one the command and the admin API call).
 *
 *   node --import tsx bench/lib/synthetic-loader.ts <productDir> <tenant> <rows.json>
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [productDir, tenant, file] = process.argv.slice(2);
const load = (rel: string) => import(pathToFileURL(path.join(productDir, rel)).href) as Promise<Record<string, unknown>>;
const { loadConfig } = (await load('src/config/config.ts')) as { loadConfig: () => unknown };
const { createContainer } = (await load('src/main/container.ts')) as {
  createContainer: (c: unknown) => Promise<{
    tenantCtx(slug: string): Promise<unknown>;
    modules: {
      catalog: {
        importProducts(
          ctx: unknown,
          rows: Array<{ line: number; data: unknown }>,
        ): Promise<{ created: number; updated: number; errors: Array<{ line: number; reason: string }> }>;
      };
    };
    close(): Promise<void>;
  }>;
};
const rows = (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[]).map((data, i) => ({ line: i + 1, data }));
const c = await createContainer(loadConfig());
try {
  const ctx = await c.tenantCtx(tenant);
  const r = await c.modules.catalog.importProducts(ctx, rows);
  process.stdout.write(`${JSON.stringify({ created: r.created, updated: r.updated, errors: r.errors.length, firstError: r.errors[0] ?? null })}\n`);
} finally {
  await c.close();
}
