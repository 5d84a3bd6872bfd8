import fs from 'node:fs';
import type { CommandRegistrar } from '../runtime.js';

export const registerCommerceCommands: CommandRegistrar = (program, rt) => {
  program
    .command('orders')
    .description('storefront orders')
    .command('import-old <file>')
    .description('import orders of a previous shop (JSON array, seed 002 old-order fields plus items) for /users/old-orders/')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (file: string, opts: { tenant: string }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (err) {
        throw new Error(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { created, updated } = await c.modules.commerce.importOldOrders(ctx, raw);
        rt.out(`old orders imported: ${created} created, ${updated} updated`);
      });
    });
};
