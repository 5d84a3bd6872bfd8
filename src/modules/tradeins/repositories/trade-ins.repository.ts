import type { Ctx } from '../../../platform/context.js';
import type { NewTradeIn, TradeIn, TradeInDevice, TradeInFilter, TradeInKind, TradeInStatus } from '../tradeins.types.js';
import { INSERT_TRADE_IN, insertTradeInParams, mapDevice, mapTradeIn, type DeviceRow, type TradeInRow } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `trade_ins`: the trade-in records (final and temporary), read with their devices. */
export const tradeInsRepository = {
  async findTradeIn(ctx: Db, id: number, kind: TradeInKind): Promise<TradeIn | null> {
    const rows = await ctx.db.query<TradeInRow>('SELECT * FROM trade_ins WHERE tenant_id = $1 AND id = $2 AND kind = $3', [ctx.tenant.id, id, kind]);
    if (!rows[0]) return null;
    const devices = await ctx.db.query<DeviceRow>('SELECT * FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = $2 ORDER BY position, id', [
      ctx.tenant.id,
      id,
    ]);
    return mapTradeIn(rows[0], devices.map(mapDevice));
  },

  async refExists(ctx: Db, kind: TradeInKind, ref: string, exceptId?: number): Promise<boolean> {
    const rows = await ctx.db.query(
      `SELECT 1 FROM trade_ins WHERE tenant_id = $1 AND kind = $2 AND lower(trade_in_ref) = lower($3)
          AND status <> 'Cancelled' AND ($4::int IS NULL OR id <> $4) LIMIT 1`,
      [ctx.tenant.id, kind, ref, exceptId ?? null],
    );
    return rows.length > 0;
  },

  async insertTradeIn(ctx: Db, t: NewTradeIn): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(`${INSERT_TRADE_IN} RETURNING id`, insertTradeInParams(ctx.tenant.id, t));
    return rows[0].id;
  },

  /** Guarded trade-in status change; false when the trade-in was not in `from`. */
  async setTradeInStatus(
    ctx: Db,
    id: number,
    from: TradeInStatus,
    to: TradeInStatus,
    now: Date,
    extra: { confirmedTradeInId?: number; cancelReason?: string | null; requireUnexpired?: boolean } = {},
  ): Promise<boolean> {
    const rows = await ctx.db.query(
      `UPDATE trade_ins SET status = $4, updated_at = $5,
              cancelled_at = CASE WHEN $4 = 'Cancelled' THEN $5 ELSE cancelled_at END,
              cancel_reason = COALESCE($6, cancel_reason),
              confirmed_trade_in_id = COALESCE($7, confirmed_trade_in_id)
        WHERE tenant_id = $1 AND id = $2 AND status = $3 AND (NOT $8 OR expires_at > $5)
        RETURNING id`,
      [ctx.tenant.id, id, from, to, now, extra.cancelReason ?? null, extra.confirmedTradeInId ?? null, extra.requireUnexpired ?? false],
    );
    return rows.length > 0;
  },

  /** Guarded update of an open trade-in: a final one while Registered, a temporary one while Temporary and unexpired. */
  async updateTradeIn(
    ctx: Db,
    id: number,
    patch: Partial<
      Pick<
        TradeIn,
        'isCorporate' | 'organizationName' | 'clientFirstName' | 'clientLastName' | 'agentRef' | 'locationRef' | 'tradeInRef' | 'customDataFields' | 'vatScheme'
      >
    >,
    now: Date,
    kind: TradeInKind = 'final',
  ): Promise<boolean> {
    const cols: Record<string, string> = {
      isCorporate: 'is_corporate',
      organizationName: 'organization_name',
      clientFirstName: 'client_first_name',
      clientLastName: 'client_last_name',
      agentRef: 'agent_ref',
      locationRef: 'location_ref',
      tradeInRef: 'trade_in_ref',
      customDataFields: 'custom_data_fields',
      vatScheme: 'vat_scheme',
    };
    const sets: string[] = [];
    const params: unknown[] = [ctx.tenant.id, id, now];
    for (const [key, col] of Object.entries(cols)) {
      const value = (patch as Record<string, unknown>)[key];
      if (value === undefined) continue;
      params.push(key === 'customDataFields' ? JSON.stringify(value) : value);
      sets.push(`${col} = $${params.length}`);
    }
    const rows = await ctx.db.query(
      `UPDATE trade_ins SET ${[...sets, 'updated_at = $3'].join(', ')}
        WHERE tenant_id = $1 AND id = $2 AND kind = $${params.length + 1}
          AND (status = 'Registered' OR (status = 'Temporary' AND expires_at > $3)) RETURNING id`,
      [...params, kind],
    );
    return rows.length > 0;
  },

  /** Trade-ins of one kind, newest first, with their devices (one query for the page, one for its devices). */
  /** Devices of a trade-in that are not cancelled (a trade-in closes with its last device). */
  async countLiveDevices(ctx: Db, tradeInId: number): Promise<number> {
    const rows = await ctx.db.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = $2 AND status <> 'Cancelled'`,
      [ctx.tenant.id, tradeInId],
    );
    return Number(rows[0].n);
  },

  async listTradeIns(ctx: Db, kind: TradeInKind, f: TradeInFilter): Promise<{ rows: TradeIn[]; total: number }> {
    const params: unknown[] = [ctx.tenant.id, kind, f.status ?? null, f.locationId ?? null, f.from ?? null, f.to ?? null, f.tradeInRef ?? null];
    const where = `tenant_id = $1 AND kind = $2 AND ($3::text IS NULL OR status = $3) AND ($4::int IS NULL OR location_id = $4)
      AND ($5::timestamptz IS NULL OR created_at >= $5) AND ($6::timestamptz IS NULL OR created_at < $6)
      AND ($7::text IS NULL OR lower(trade_in_ref) = lower($7))`;
    const total = await ctx.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM trade_ins WHERE ${where}`, params);
    const rows = await ctx.db.query<TradeInRow>(`SELECT * FROM trade_ins WHERE ${where} ORDER BY id DESC LIMIT $8 OFFSET $9`, [
      ...params,
      f.pageSize,
      (f.page - 1) * f.pageSize,
    ]);
    const ids = rows.map((r) => r.id);
    const devices = ids.length
      ? await ctx.db.query<DeviceRow>('SELECT * FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = ANY($2::int[]) ORDER BY position, id', [
          ctx.tenant.id,
          ids,
        ])
      : [];
    const byTradeIn = new Map<number, TradeInDevice[]>();
    for (const d of devices.map(mapDevice)) byTradeIn.set(d.tradeInId, [...(byTradeIn.get(d.tradeInId) ?? []), d]);
    return { rows: rows.map((r) => mapTradeIn(r, byTradeIn.get(r.id) ?? [])), total: Number(total[0].n) };
  },
};
