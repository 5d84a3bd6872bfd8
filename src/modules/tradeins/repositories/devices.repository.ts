import type { Ctx } from '../../../platform/context.js';
import { IN_STOCK_STATUSES, allowedFrom, type DeviceStatus } from '../state-machine.js';
import type { DeviceEventMeta, DeviceFilter, TradeInDevice, TradeInKind } from '../tradeins.types.js';
import { deviceEventsRepository } from './device-events.repository.js';
import { mapDevice, num, type DeviceRow } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `trade_in_devices`: devices, their guarded status changes (each logged as an event) and valuations. */
export const devicesRepository = {
  async findDevice(ctx: Db, id: number): Promise<TradeInDevice | null> {
    const rows = await ctx.db.query<DeviceRow>('SELECT * FROM trade_in_devices WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? mapDevice(rows[0]) : null;
  },

  /** Moves devices of expired temporary trade-ins to Expired so their identifiers are free again. */
  async expireTemporaryDevices(ctx: Db, identifiers: string[], now: Date): Promise<void> {
    await deviceEventsRepository.moveAndLog(
      ctx,
      {
        sql: `UPDATE trade_in_devices d SET status = 'Expired', updated_at = $3
                FROM trade_ins t
               WHERE t.id = d.trade_in_id AND d.tenant_id = $1 AND d.device_identifier = ANY($2::text[])
                 AND d.status = 'Temporary' AND t.expires_at <= $3
              RETURNING d.id, 'Temporary'::text AS from_status, d.status AS to_status, d.trade_in_id, d.device_identifier`,
        params: [ctx.tenant.id, identifiers, now],
      },
      now,
      { source: 'expiry' },
    );
  },

  /**
   * Moves devices to `to` when their status allows it (the transition table), returning the ids
   * that moved. `ids` narrows to some devices, else all devices of `tradeInId`.
   */
  async transitionDevices(
    ctx: Db,
    where: { tradeInId?: number; ids?: number[]; from?: DeviceStatus[] },
    to: DeviceStatus,
    now: Date,
    set: { moveToTradeInId?: number; cancelReason?: string | null } = {},
    meta: DeviceEventMeta = {},
  ): Promise<number[]> {
    const from = (where.from ?? allowedFrom(to)).filter((s) => allowedFrom(to).includes(s));
    // One statement locks the rows, moves them and writes their history and events.
    const rows = await deviceEventsRepository.moveAndLog(
      ctx,
      {
        with: `prev AS (
           SELECT id, status FROM trade_in_devices
            WHERE tenant_id = $1 AND status = ANY($4::text[])
              AND ($5::int IS NULL OR trade_in_id = $5) AND ($8::int[] IS NULL OR id = ANY($8::int[]))
            FOR UPDATE)`,
        sql: `UPDATE trade_in_devices d SET status = $2, updated_at = $3,
                trade_in_id = COALESCE($6, d.trade_in_id), cancel_reason = COALESCE($7, d.cancel_reason)
           FROM prev WHERE d.id = prev.id AND d.status = prev.status
         RETURNING d.id, prev.status AS from_status, d.status AS to_status, d.trade_in_id, d.device_identifier`,
        params: [ctx.tenant.id, to, now, from, where.tradeInId ?? null, set.moveToTradeInId ?? null, set.cancelReason ?? null, where.ids ?? null],
      },
      now,
      meta,
    );
    return rows.map((r) => r.id);
  },

  /** Stores a final valuation (guarded by the transition table); null when the status forbids it. */
  async recordValuation(
    ctx: Db,
    id: number,
    v: { priceMinor: number; grade: string; reason: string | null; photoIds: unknown[] },
    now: Date,
    meta: DeviceEventMeta = {},
  ): Promise<{ device: TradeInDevice; previousPriceMinor: number | null; previousGrade: string | null } | null> {
    const rows = await deviceEventsRepository.moveAndLog<DeviceRow & { prev_price: string | number | null; prev_grade: string | null }>(
      ctx,
      {
        with: `prev AS (SELECT final_price_minor, final_grade, status FROM trade_in_devices WHERE tenant_id = $1 AND id = $2 FOR UPDATE)`,
        sql: `UPDATE trade_in_devices d SET status = 'Valuated', final_price_minor = $3, final_grade = $4, final_reason = $5,
                final_photo_ids = $6, valuation_count = valuation_count + 1, decision = NULL, updated_at = $7
           FROM prev
          WHERE d.tenant_id = $1 AND d.id = $2 AND d.status = ANY($8::text[])
          RETURNING d.*, prev.status AS from_status, d.status AS to_status, prev.final_price_minor AS prev_price, prev.final_grade AS prev_grade`,
        params: [ctx.tenant.id, id, v.priceMinor, v.grade, v.reason, JSON.stringify(v.photoIds), now, allowedFrom('Valuated')],
      },
      now,
      { ...meta, data: { priceMinor: v.priceMinor, grade: v.grade, ...meta.data } },
    );
    if (!rows[0]) return null;
    return { device: mapDevice(rows[0]), previousPriceMinor: num(rows[0].prev_price), previousGrade: rows[0].prev_grade };
  },

  /** Guarded customer decision; false when already decided or not valuated. */
  async decide(ctx: Db, id: number, decision: 'approved' | 'rejected', now: Date, meta: DeviceEventMeta = {}): Promise<boolean> {
    const to: DeviceStatus = decision === 'approved' ? 'Accepted' : 'ReturnRequested';
    const rows = await deviceEventsRepository.moveAndLog(
      ctx,
      {
        sql: `UPDATE trade_in_devices SET status = $3, decision = $4, updated_at = $5
               WHERE tenant_id = $1 AND id = $2 AND status = 'Valuated' AND decision IS NULL
              RETURNING id, 'Valuated'::text AS from_status, status AS to_status, trade_in_id, device_identifier`,
        params: [ctx.tenant.id, id, to, decision, now],
      },
      now,
      { ...meta, data: { decision, ...meta.data } },
    );
    return rows.length > 0;
  },

  async listDevices(ctx: Db, f: DeviceFilter): Promise<{ rows: (TradeInDevice & { tradeInKind: TradeInKind })[]; total: number }> {
    const params: unknown[] = [ctx.tenant.id, f.status ?? null, f.identifier ?? null, f.tradeInId ?? null, f.from ?? null, f.to ?? null, f.locationId ?? null];
    const where = `d.tenant_id = $1 AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.device_identifier = $3)
      AND ($4::int IS NULL OR d.trade_in_id = $4) AND ($5::timestamptz IS NULL OR d.created_at >= $5)
      AND ($6::timestamptz IS NULL OR d.created_at < $6) AND ($7::int IS NULL OR t.location_id = $7)`;
    const total = await ctx.db.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM trade_in_devices d JOIN trade_ins t ON t.id = d.trade_in_id WHERE ${where}`,
      params,
    );
    const rows = await ctx.db.query<DeviceRow & { kind: TradeInKind }>(
      `SELECT d.*, t.kind FROM trade_in_devices d JOIN trade_ins t ON t.id = d.trade_in_id
        WHERE ${where} ORDER BY d.id DESC LIMIT $8 OFFSET $9`,
      [...params, f.pageSize, (f.page - 1) * f.pageSize],
    );
    return { rows: rows.map((r) => ({ ...mapDevice(r), tradeInKind: r.kind })), total: Number(total[0].n) };
  },

  async isInStock(ctx: Db, identifier: string): Promise<boolean> {
    const rows = await ctx.db.query(`SELECT 1 FROM trade_in_devices WHERE tenant_id = $1 AND device_identifier = $2 AND status = ANY($3::text[]) LIMIT 1`, [
      ctx.tenant.id,
      identifier,
      IN_STOCK_STATUSES,
    ]);
    return rows.length > 0;
  },
};
