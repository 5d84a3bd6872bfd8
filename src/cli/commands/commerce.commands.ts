import fs from 'node:fs';
import { z } from 'zod';
import { FulfilmentInput } from '../../modules/commerce/index.js';
import type { CommandRegistrar } from '../runtime.js';

export const registerCommerceCommands: CommandRegistrar = (program, rt) => {
  const orders = program.command('orders').description('storefront orders');
  orders
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

  orders
    .command('fulfil <orderItemId>')
    .description('mark a storefront order item shipped or delivered (a delivered item can then be returned)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--status <status>', 'shipped | delivered')
    .option('--tracking-number <number>', 'carrier tracking number')
    .action(async (itemId: string, opts: { tenant: string; status: string; trackingNumber?: string }) => {
      const input = FulfilmentInput.parse({ status: opts.status, tracking_number: opts.trackingNumber });
      const id = z.coerce.number().int().positive().max(2_147_483_647).parse(itemId);
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { item, orderStatus } = await c.modules.commerce.fulfilOrderItem(ctx, id, input);
        rt.out(`order item ${item.id} of order ${item.orderNumber}: status ${item.status}, order status ${orderStatus}`);
      });
    });
};
