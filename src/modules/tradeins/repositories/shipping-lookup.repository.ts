import type { Ctx } from '../../../platform/context.js';
import type { DeviceStatus } from '../state-machine.js';

/** What logistics needs of a device to pack and route it: status, where it was traded in, when. */
export interface ShippableDevice {
  id: number;
  tradeInId: number;
  status: DeviceStatus;
  deviceIdentifier: string;
  productName: string;
  itemGroupKey: string | null;
  /** The store the trade-in was registered at (routing picks the facility from it). */
  locationId: number | null;
  registeredAt: Date;
}

interface Row {
  id: number;
  trade_in_id: number;
  status: DeviceStatus;
  device_identifier: string;
  product_name: string;
  item_group_key: string | null;
  location_id: number | null;
  created_at: Date;
}

/** Devices of the tenant by id (unknown ids are left out), with their trade-in's location. */
export async function findShippableDevices(ctx: Pick<Ctx, 'db' | 'tenant'>, ids: number[]): Promise<ShippableDevice[]> {
  const valid = ids.filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
  if (valid.length === 0) return [];
  const rows = await ctx.db.query<Row>(
    `SELECT d.id, d.trade_in_id, d.status, d.device_identifier, d.product_name, d.item_group_key, t.location_id, d.created_at
       FROM trade_in_devices d JOIN trade_ins t ON t.id = d.trade_in_id AND t.tenant_id = d.tenant_id
      WHERE d.tenant_id = $1 AND d.id = ANY($2::int[]) ORDER BY d.id`,
    [ctx.tenant.id, valid],
  );
  return rows.map((r) => ({
    id: r.id,
    tradeInId: r.trade_in_id,
    status: r.status,
    deviceIdentifier: r.device_identifier,
    productName: r.product_name,
    itemGroupKey: r.item_group_key,
    locationId: r.location_id,
    registeredAt: new Date(r.created_at),
  }));
}

/** Ids of a final trade-in's devices, or null when the tenant has no such trade-in. */
export async function tradeInDeviceIds(ctx: Pick<Ctx, 'db' | 'tenant'>, tradeInId: number): Promise<number[] | null> {
  if (!Number.isSafeInteger(tradeInId) || tradeInId <= 0 || tradeInId > 2_147_483_647) return null;
  const t = await ctx.db.query<{ id: number }>(`SELECT id FROM trade_ins WHERE tenant_id = $1 AND id = $2 AND kind = 'final'`, [ctx.tenant.id, tradeInId]);
  if (!t[0]) return null;
  const rows = await ctx.db.query<{ id: number }>('SELECT id FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = $2 ORDER BY position, id', [
    ctx.tenant.id,
    tradeInId,
  ]);
  return rows.map((r) => r.id);
}
