import fs from 'node:fs';
import type { CommandRegistrar } from '../runtime.js';

/** `tradein prices import|demo` — base prices (valuations) of a tenant. */
export const registerPricingCommands: CommandRegistrar = (program, rt) => {
  const prices = program.command('prices').description('base prices (valuations) of working devices');
  prices
    .command('import <csv>')
    .description('import base prices from a CSV with header variant_id,amount (major units of the tenant currency); all or nothing')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (file: string, opts: { tenant: string }) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new Error(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { imported } = await c.modules.pricing.importCsv(ctx, text);
        rt.out(`prices imported: ${imported}`);
      });
    });
  prices
    .command('demo')
    .description('compute demo base prices for the whole catalog (launch price × storage × age; manual and imported prices are kept)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const n = await c.modules.pricing.seedDemoPrices(ctx);
        rt.out(`demo prices written: ${n}`);
      });
    });
};
