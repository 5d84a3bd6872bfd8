import { TRACKING_STATUSES, type TrackingStatus } from '../../modules/logistics/index.js';
import type { CommandRegistrar } from '../runtime.js';

const int = (v: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a whole number: ${v}`);
  return n;
};

/**
 * `tradein shipping dimensions|facility …` (package boxes, destinations and routing) and
 * `tradein shipment event|show` (tracking steps for stores without carrier tracking).
 */
export const registerLogisticsCommands: CommandRegistrar = (program, rt) => {
  const shipping = program.command('shipping').description('shipping configuration: package dimensions, destination facilities and routing');

  const dimensions = shipping.command('dimensions').description('package dimensions (PackageDimensionId)');
  dimensions
    .command('list')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--all', 'include retired ones')
    .action(async (opts: { tenant: string; all?: boolean }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        for (const d of await c.modules.logistics.listDimensions(ctx, opts.all)) {
          rt.out(
            `${d.id}\t${d.name}\t${d.lengthMm}×${d.widthMm}×${d.heightMm} mm\t${d.tareWeightG} g${d.isDefault ? '\tdefault' : ''}${d.isActive ? '' : '\tretired'}`,
          );
        }
      });
    });
  dimensions
    .command('add <name>')
    .description('add a box size (millimetres; tare weight in grams)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--length <mm>', 'length, mm', int)
    .requiredOption('--width <mm>', 'width, mm', int)
    .requiredOption('--height <mm>', 'height, mm', int)
    .option('--tare <g>', 'empty box weight, g', int, 0)
    .option('--default', 'make it the default (CreateShipmentByTradeIn uses it)')
    .action(async (name: string, opts: { tenant: string; length: number; width: number; height: number; tare: number; default?: boolean }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const d = await c.modules.logistics.addDimension(ctx, {
          name,
          lengthMm: opts.length,
          widthMm: opts.width,
          heightMm: opts.height,
          tareWeightG: opts.tare,
          isDefault: !!opts.default,
        });
        rt.out(`dimension ${d.id} ${d.name}${d.isDefault ? ' (default)' : ''}`);
      });
    });
  dimensions
    .command('default <id>')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (id: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const d = await c.modules.logistics.updateDimension(ctx, int(id), { isDefault: true, isActive: true });
        rt.out(`dimension ${d.id} ${d.name} is the default`);
      });
    });
  dimensions
    .command('retire <id>')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (id: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const d = await c.modules.logistics.updateDimension(ctx, int(id), { isActive: false, isDefault: false });
        rt.out(`dimension ${d.id} ${d.name} retired`);
      });
    });

  const facility = shipping.command('facility').description('destinations: facilities/warehouses and routing rules');
  facility
    .command('list')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const { facilities, routes, defaultFacilityId } = await c.modules.logistics.listFacilities(ctx);
        for (const f of facilities) rt.out(`${f.id}\t${f.kind}\t${f.name}${f.id === defaultFacilityId ? '\tdefault' : ''}`);
        for (const r of routes)
          rt.out(`route ${r.id}\tpriority ${r.priority}\tfrom ${r.fromLocationId ?? '*'}\tcountry ${r.countryCode ?? '*'}\t→ ${r.facilityLocationId}`);
      });
    });
  facility
    .command('route <facilityLocationId>')
    .description('send devices from a store (or a country) to this facility')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--from <locationId>', 'the store', int)
    .option('--country <code>', 'ISO country code of the store')
    .option('--priority <n>', 'lower wins', int, 100)
    .action(async (facilityId: string, opts: { tenant: string; from?: number; country?: string; priority: number }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const r = await c.modules.logistics.addRoute(ctx, {
          facilityLocationId: int(facilityId),
          fromLocationId: opts.from ?? null,
          countryCode: opts.country ?? null,
          priority: opts.priority,
        });
        rt.out(`route ${r.id} → ${r.facilityLocationId}`);
      });
    });
  facility
    .command('unroute <routeId>')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (id: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        await c.modules.logistics.removeRoute(ctx, int(id));
        rt.out(`route ${id} removed`);
      });
    });

  const shipment = program.command('shipment').description('shipments: tracking steps and history');
  shipment
    .command('event <id> <status>')
    .description(`add a tracking step (${TRACKING_STATUSES.join(', ')}) for stores without carrier tracking`)
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--note <text>', 'note kept in the history')
    .action(async (id: string, status: string, opts: { tenant: string; note?: string }) => {
      if (!TRACKING_STATUSES.includes(status as TrackingStatus)) throw new Error(`status must be one of ${TRACKING_STATUSES.join(', ')}`);
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const res = await c.modules.logistics.recordShipmentEvent(ctx, int(id), status as TrackingStatus, { source: 'cli', note: opts.note ?? null });
        rt.out(`shipment ${res.shipment.id}: ${res.shipment.status}`);
      });
    });
  shipment
    .command('show <id>')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (id: string, opts: { tenant: string }) => {
      await rt.withTenant(opts.tenant, async (ctx, c) => {
        const s = await c.modules.logistics.getShipment(ctx, int(id));
        rt.out(
          `shipment ${s.id} ${s.name}: ${s.status} (${s.flowType}), packages ${s.packageIds.join(', ') || '-'}${s.trackingNumber ? `, tracking ${s.trackingNumber}` : ''}`,
        );
        for (const e of await c.modules.logistics.shipmentHistory(ctx, s.id))
          rt.out(`${e.occurredAt.toISOString()}\t${e.status}\t${e.source}${e.note ? `\t${e.note}` : ''}`);
      });
    });
};
