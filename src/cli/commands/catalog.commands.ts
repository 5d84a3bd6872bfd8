import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { EXPORT_COLUMNS, parseImportFile } from '../../modules/catalog/index.js';
import type { Ctx } from '../../platform/context.js';
import type { CommandRegistrar } from '../runtime.js';

/** Pricing's use case for base prices, when that module is wired (the import hands prices over). */
type BasePriceSink = { upsertBasePrices(ctx: Ctx, rows: { variantId: number; amountMinor: number }[]): Promise<unknown> };

function formatOf(file: string, explicit?: string): 'csv' | 'json' {
  const f = (explicit ?? path.extname(file).slice(1)).toLowerCase();
  if (f !== 'csv' && f !== 'json') throw new InvalidArgumentError(`cannot tell the format of "${file}": use a .csv or .json file or --format csv|json`);
  return f;
}

export const registerCatalogCommands: CommandRegistrar = (program, rt) => {
  const catalog = program.command('catalog').description("device catalog: a tenant's own products and prices");

  catalog
    .command('import <file>')
    .description('import tenant products (CSV with a header line, or a JSON array); idempotent by the key column')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--format <format>', 'csv or json (default: from the file extension)')
    .action(async (file: string, opts: { tenant: string; format?: string }) => {
      const format = formatOf(file, opts.format);
      let content: string;
      try {
        content = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new InvalidArgumentError(`cannot read ${file}: ${(err as Error).message}`);
      }
      const rows = parseImportFile(content, format);
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const bar = process.stdout.isTTY
          ? new cliProgress.SingleBar({ format: 'importing [{bar}] {value}/{total} rows', hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
        let started = false;
        const result = await c.modules.catalog.importProducts(ctx, rows, {
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        });
        if (started) bar?.stop();
        for (const e of result.errors) rt.out(`${format === 'csv' ? 'line' : 'row'} ${e.line}: ${e.reason}`);
        let priceNote = '';
        if (result.prices.length > 0) {
          const pricing = (c.modules as unknown as { pricing?: Partial<BasePriceSink> }).pricing;
          if (pricing?.upsertBasePrices) {
            await pricing.upsertBasePrices(ctx, result.prices);
            priceNote = `, ${result.prices.length} prices stored`;
          } else priceNote = `, ${result.prices.length} prices ignored (pricing module not available)`;
        }
        rt.out(
          `imported ${result.created + result.updated} of ${rows.length} rows into ${ctx.tenant.slug} ` +
            `(${result.created} new, ${result.updated} updated, ${result.skipped} skipped, ${result.errors.length} bad${priceNote})`,
        );
        if (result.errors.length > 0) process.exitCode = 1;
      });
    });

  catalog
    .command('export')
    .description('write what the tenant trades (reference catalog minus exclusions, plus own products) as CSV')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--out <file>', 'output file (default: stdout)')
    .action(async (opts: { tenant: string; out?: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const rows = await c.modules.catalog.exportRows(ctx);
        const csv = stringify(rows, { header: true, columns: [...EXPORT_COLUMNS], cast: { number: (n) => String(n) } });
        if (opts.out) {
          fs.writeFileSync(opts.out, csv);
          rt.out(`exported ${rows.length} rows to ${opts.out}`);
        } else process.stdout.write(csv);
      });
    });
};
