import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/outbox/index.js';
import { IN_STOCK_STATUSES, LIVE_STATUSES, allowedFrom, type DeviceStatus } from './state-machine.js';
import type { DataFieldValue, VatScheme } from './ports.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;
/** What a status change records in the device's history besides from/to. */
export interface DeviceEventMeta {
  actor?: Ctx['actor'];
  source?: string;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** One entry of a device's status history. */
export interface DeviceEvent {
  id: number;
  deviceId: number;
  fromStatus: DeviceStatus | null;
  toStatus: DeviceStatus;
  actorKind: string;
  actorUserId: number | null;
  source: string | null;
  note: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}


export type TradeInKind = 'final' | 'temporary';
export type FmipStatus = 'Activated' | 'NotActivated' | 'NotApplicable';
export type FmipSource = 'check' | 'attestation' | 'client';
export type TradeInStatus = 'Registered' | 'Temporary' | 'Confirmed' | 'Cancelled' | 'Completed';

/** One device of a trade-in (the shape the lifecycle contract exposes, plus what the PDF needs). */
export interface TradeInDevice {
  id: number;
  tradeInId: number;
  position: number;
  status: DeviceStatus;
  deviceIdentifier: string;
  quoteId: string;
  variantId: number;
  itemGroupKey: string | null;
  productName: string;
  gradeKey: string;
  gradeName: string;
  offeredPriceMinor: number;
  offeredPriceInclVatMinor: number;
  currency: string;
  exchangeRate: number;
  baseCurrency: string;
  basePriceMinor: number;
  campaignId: number | null;
  breakdown: { code: string; label: string; amountMinor: number }[];
  co2SavingKg: number;
  /** Find My at registration and who said it (`client` = declared in the price quote, verify on receipt). */
  fmipStatus: FmipStatus | null;
  fmipSource: FmipSource | null;
  deviceBonusInclVatMinor: number;
  /** The campaign's deal bonus (next purchase), not part of the price. */
  dealBonusInclVatMinor: number;
  finalPriceMinor: number | null;
  finalGrade: string | null;
  finalReason: string | null;
  valuationCount: number;
  decision: 'approved' | 'rejected' | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TradeIn {
  id: number;
  kind: TradeInKind;
  status: TradeInStatus;
  source: 'retail' | 'order' | 'upgrade';
  isCorporate: boolean;
  organizationName: string | null;
  clientFirstName: string | null;
  clientLastName: string | null;
  agentUserId: number | null;
  agentRef: string | null;
  locationId: number | null;
  locationRef: string | null;
  tradeInRef: string | null;
  campaignId: number | null;
  vatScheme: VatScheme;
  customDataFields: DataFieldValue[];
  expiresAt: Date | null;
  confirmedTradeInId: number | null;
  tempTradeInId: number | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  devices: TradeInDevice[];
}

interface TradeInRow {
  id: number;
  kind: TradeInKind;
  status: TradeInStatus;
  source: 'retail' | 'order' | 'upgrade';
  is_corporate: boolean;
  organization_name: string | null;
  client_first_name: string | null;
  client_last_name: string | null;
  agent_user_id: number | null;
  agent_ref: string | null;
  location_id: number | null;
  location_ref: string | null;
  trade_in_ref: string | null;
  campaign_id: number | null;
  vat_scheme: VatScheme;
  custom_data_fields: DataFieldValue[];
  expires_at: Date | null;
  confirmed_trade_in_id: number | null;
  temp_trade_in_id: number | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface DeviceRow {
  id: number;
  trade_in_id: number;
  position: number;
  status: DeviceStatus;
  device_identifier: string;
  quote_id: string;
  variant_id: number;
  item_group_key: string | null;
  product_name: string;
  grade_key: string;
  grade_name: string;
  offered_price_minor: string | number;
  offered_price_incl_vat_minor: string | number;
  currency: string;
  exchange_rate: string | number;
  base_currency: string;
  base_price_minor: string | number;
  campaign_id: number | null;
  breakdown: TradeInDevice['breakdown'];
  co2_saving_kg: string | number;
  fmip_status: FmipStatus | null;
  fmip_source: FmipSource | null;
  device_bonus_incl_vat_minor: string | number;
  deal_bonus_incl_vat_minor: string | number;
  final_price_minor: string | number | null;
  final_grade: string | null;
  final_reason: string | null;
  valuation_count: number;
  decision: 'approved' | 'rejected' | null;
  created_at: Date;
  updated_at: Date;
}

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

const mapDevice = (r: DeviceRow): TradeInDevice => ({
  id: r.id,
  tradeInId: r.trade_in_id,
  position: r.position,
  status: r.status,
  deviceIdentifier: r.device_identifier,
  quoteId: r.quote_id,
  variantId: r.variant_id,
  itemGroupKey: r.item_group_key,
  productName: r.product_name,
  gradeKey: r.grade_key,
  gradeName: r.grade_name,
  offeredPriceMinor: Number(r.offered_price_minor),
  offeredPriceInclVatMinor: Number(r.offered_price_incl_vat_minor),
  currency: r.currency.trim(),
  exchangeRate: Number(r.exchange_rate),
  baseCurrency: r.base_currency.trim(),
  basePriceMinor: Number(r.base_price_minor),
  campaignId: r.campaign_id,
  breakdown: r.breakdown ?? [],
  co2SavingKg: Number(r.co2_saving_kg),
  fmipStatus: r.fmip_status,
  fmipSource: r.fmip_source,
  deviceBonusInclVatMinor: Number(r.device_bonus_incl_vat_minor),
  dealBonusInclVatMinor: Number(r.deal_bonus_incl_vat_minor),
  finalPriceMinor: num(r.final_price_minor),
  finalGrade: r.final_grade,
  finalReason: r.final_reason,
  valuationCount: r.valuation_count,
  decision: r.decision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const mapTradeIn = (r: TradeInRow, devices: TradeInDevice[]): TradeIn => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  source: r.source,
  isCorporate: r.is_corporate,
  organizationName: r.organization_name,
  clientFirstName: r.client_first_name,
  clientLastName: r.client_last_name,
  agentUserId: r.agent_user_id,
  agentRef: r.agent_ref,
  locationId: r.location_id,
  locationRef: r.location_ref,
  tradeInRef: r.trade_in_ref,
  campaignId: r.campaign_id,
  vatScheme: r.vat_scheme,
  customDataFields: r.custom_data_fields ?? [],
  expiresAt: r.expires_at,
  confirmedTradeInId: r.confirmed_trade_in_id,
  tempTradeInId: r.temp_trade_in_id,
  cancelledAt: r.cancelled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  devices,
});

/** What a new trade-in is inserted with: the record without its generated and later fields. */
export type NewTradeIn = Omit<TradeIn, 'id' | 'confirmedTradeInId' | 'cancelledAt' | 'createdAt' | 'updatedAt' | 'devices'> & { now: Date };

export type NewDevice = Omit<
  TradeInDevice,
  'finalPriceMinor' | 'finalGrade' | 'finalReason' | 'valuationCount' | 'decision' | 'createdAt' | 'updatedAt'
>;

export interface DeviceFilter {
  /** Only devices of trade-ins at this location (a location-bound API key). */
  locationId?: number;
  status?: DeviceStatus;
  identifier?: string;
  tradeInId?: number;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface TradeInFilter {
  status?: TradeInStatus;
  locationId?: number;
  tradeInRef?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** Statuses in which an identifier may not be registered again (unique index in 0400). */
const LIVE: readonly DeviceStatus[] = LIVE_STATUSES;

function eventParams(meta: DeviceEventMeta): [string, number | null, string | null, string | null, string] {
  return [meta.actor?.kind ?? 'system', meta.actor?.userId ?? null, meta.source ?? null, meta.note ?? null, JSON.stringify(meta.data ?? {})];
}

export const tradeinsRepository = {
  async findTradeIn(ctx: Db, id: number, kind: TradeInKind): Promise<TradeIn | null> {
    const rows = await ctx.db.query<TradeInRow>('SELECT * FROM trade_ins WHERE tenant_id = $1 AND id = $2 AND kind = $3', [
      ctx.tenant.id,
      id,
      kind,
    ]);
    if (!rows[0]) return null;
    const devices = await ctx.db.query<DeviceRow>(
      'SELECT * FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = $2 ORDER BY position, id',
      [ctx.tenant.id, id],
    );
    return mapTradeIn(rows[0], devices.map(mapDevice));
  },

  async findDevice(ctx: Db, id: number): Promise<TradeInDevice | null> {
    const rows = await ctx.db.query<DeviceRow>('SELECT * FROM trade_in_devices WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? mapDevice(rows[0]) : null;
  },

  /**
   * Devices with one of `identifiers` that block a new registration: live ones (an unexpired
   * temporary trade-in counts, an expired one does not) and completed ones.
   */
  async blockingDevices(ctx: Db, identifiers: string[], now: Date, exceptTradeInId?: number): Promise<{ identifier: string; status: DeviceStatus }[]> {
    const rows = await ctx.db.query<{ device_identifier: string; status: DeviceStatus }>(
      `SELECT d.device_identifier, d.status
         FROM trade_in_devices d JOIN trade_ins t ON t.id = d.trade_in_id
        WHERE d.tenant_id = $1 AND d.device_identifier = ANY($2::text[])
          AND (d.status = ANY($3::text[]) OR d.status = 'Completed')
          AND NOT (d.status = 'Temporary' AND t.expires_at <= $4)
          AND ($5::int IS NULL OR d.trade_in_id <> $5)
        ORDER BY d.id`,
      [ctx.tenant.id, identifiers, LIVE, now, exceptTradeInId ?? null],
    );
    return rows.map((r) => ({ identifier: r.device_identifier, status: r.status }));
  },

  /** Moves devices of expired temporary trade-ins to Expired so their identifiers are free again. */
  async expireTemporaryDevices(ctx: Db, identifiers: string[], now: Date): Promise<void> {
    const rows = await ctx.db.query<{ id: number }>(
      `UPDATE trade_in_devices d SET status = 'Expired', updated_at = $4
         FROM trade_ins t
        WHERE t.id = d.trade_in_id AND d.tenant_id = $1 AND d.device_identifier = ANY($2::text[])
          AND d.status = 'Temporary' AND t.expires_at <= $3
        RETURNING d.id`,
      [ctx.tenant.id, identifiers, now, now],
    );
    await tradeinsRepository.logDeviceEvents(ctx, rows.map((r) => ({ deviceId: r.id, from: 'Temporary' as const, to: 'Expired' as const })), now, { source: 'expiry' });
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
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO trade_ins (tenant_id, kind, status, source, is_corporate, organization_name, client_first_name,
         client_last_name, agent_user_id, agent_ref, location_id, location_ref, trade_in_ref, campaign_id,
         custom_data_fields, expires_at, temp_trade_in_id, created_at, updated_at, vat_scheme)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$18,$19) RETURNING id`,
      [
        ctx.tenant.id,
        t.kind,
        t.status,
        t.source,
        t.isCorporate,
        t.organizationName,
        t.clientFirstName,
        t.clientLastName,
        t.agentUserId,
        t.agentRef,
        t.locationId,
        t.locationRef,
        t.tradeInRef,
        t.campaignId,
        JSON.stringify(t.customDataFields),
        t.expiresAt,
        t.tempTradeInId,
        t.now,
        t.vatScheme,
      ],
    );
    return rows[0].id;
  },

  /** Reserves a device id before the row exists, so the quote can be claimed for it first. */
  async nextDeviceId(ctx: Db): Promise<number> {
    const rows = await ctx.db.query<{ id: string | number }>(`SELECT nextval(pg_get_serial_sequence('trade_in_devices', 'id')) AS id`);
    return Number(rows[0].id);
  },

  async insertDevice(ctx: Db, d: NewDevice, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO trade_in_devices (id, tenant_id, trade_in_id, position, status, device_identifier, quote_id, variant_id,
         item_group_key, product_name, grade_key, grade_name, offered_price_minor, offered_price_incl_vat_minor, currency,
         exchange_rate, base_currency, base_price_minor, campaign_id, breakdown, co2_saving_kg, created_at, updated_at,
         fmip_status, fmip_source, device_bonus_incl_vat_minor, deal_bonus_incl_vat_minor)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$22,$23,$24,$25,$26)`,
      [
        d.id,
        ctx.tenant.id,
        d.tradeInId,
        d.position,
        d.status,
        d.deviceIdentifier,
        d.quoteId,
        d.variantId,
        d.itemGroupKey,
        d.productName,
        d.gradeKey,
        d.gradeName,
        d.offeredPriceMinor,
        d.offeredPriceInclVatMinor,
        d.currency,
        d.exchangeRate,
        d.baseCurrency,
        d.basePriceMinor,
        d.campaignId,
        JSON.stringify(d.breakdown),
        d.co2SavingKg,
        now,
        d.fmipStatus,
        d.fmipSource,
        d.deviceBonusInclVatMinor,
        d.dealBonusInclVatMinor,
      ],
    );
    await tradeinsRepository.logDeviceEvents(ctx, [{ deviceId: d.id, from: null, to: d.status }], now, { source: 'registration' });
  },

  /** Guarded trade-in status change; false when the trade-in was not in `from`. */
  async setTradeInStatus(ctx: Db, id: number, from: TradeInStatus, to: TradeInStatus, now: Date, extra: { confirmedTradeInId?: number; cancelReason?: string | null; requireUnexpired?: boolean } = {}): Promise<boolean> {
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
    // One statement locks the rows and moves them; the history (and its events) follow in the same transaction.
    const rows = await ctx.db.query<{ id: number; from_status: DeviceStatus }>(
      `WITH prev AS (
         SELECT id, status FROM trade_in_devices
          WHERE tenant_id = $1 AND status = ANY($4::text[])
            AND ($5::int IS NULL OR trade_in_id = $5) AND ($8::int[] IS NULL OR id = ANY($8::int[]))
          FOR UPDATE)
       UPDATE trade_in_devices d SET status = $2, updated_at = $3,
              trade_in_id = COALESCE($6, d.trade_in_id), cancel_reason = COALESCE($7, d.cancel_reason)
         FROM prev WHERE d.id = prev.id AND d.status = prev.status
       RETURNING d.id, prev.status AS from_status`,
      [ctx.tenant.id, to, now, from, where.tradeInId ?? null, set.moveToTradeInId ?? null, set.cancelReason ?? null, where.ids ?? null],
    );
    await tradeinsRepository.logDeviceEvents(ctx, rows.map((r) => ({ deviceId: r.id, from: r.from_status, to })), now, meta);
    return rows.map((r) => r.id);
  },

  /**
   * Writes status-history entries and publishes each move as a `device.status_changed` domain
   * event in the caller's transaction.
   */
  async logDeviceEvents(ctx: Db, entries: { deviceId: number; from: DeviceStatus | null; to: DeviceStatus }[], now: Date, meta: DeviceEventMeta = {}): Promise<void> {
    if (entries.length === 0) return;
    const logged = await ctx.db.query<{ id: string | number; device_id: number; trade_in_id: number; device_identifier: string }>(
      `WITH e AS (
         INSERT INTO trade_in_device_events (tenant_id, device_id, from_status, to_status, actor_kind, actor_user_id, source, note, data, created_at)
         SELECT $1, e.device_id, e.from_status, e.to_status, $5, $6, $7, $8, $9::jsonb, $4
           FROM unnest($2::int[], $3::text[], $10::text[]) AS e(device_id, to_status, from_status)
         RETURNING id, device_id)
       SELECT e.id, e.device_id, d.trade_in_id, d.device_identifier FROM e JOIN trade_in_devices d ON d.id = e.device_id`,
      [ctx.tenant.id, entries.map((e) => e.deviceId), entries.map((e) => e.to), now, ...eventParams(meta), entries.map((e) => e.from)],
    );
    for (const row of logged) {
      const entry = entries.find((e) => e.deviceId === row.device_id)!;
      await publishEvent(ctx.db, {
        tenantId: ctx.tenant.id,
        // One generic event per move; modules publish their own specific facts (device.received …).
        type: 'device.status_changed',
        data: {
          trade_in_device_id: row.device_id,
          trade_in_id: row.trade_in_id,
          device_identifier: row.device_identifier,
          status: entry.to,
          previous_status: entry.from,
          source: meta.source ?? null,
          note: meta.note ?? null,
        },
        occurredAt: now,
        dedupeKey: `device-event:${row.id}`,
      });
    }
  },

  /** A device's status history, oldest first. */
  async deviceEvents(ctx: Db, deviceId: number): Promise<DeviceEvent[]> {
    const rows = await ctx.db.query<{
      id: string | number;
      device_id: number;
      from_status: DeviceStatus | null;
      to_status: DeviceStatus;
      actor_kind: string;
      actor_user_id: number | null;
      source: string | null;
      note: string | null;
      data: Record<string, unknown>;
      created_at: Date;
    }>(`SELECT * FROM trade_in_device_events WHERE tenant_id = $1 AND device_id = $2 ORDER BY id`, [ctx.tenant.id, deviceId]);
    return rows.map((r) => ({
      id: Number(r.id),
      deviceId: r.device_id,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      actorKind: r.actor_kind,
      actorUserId: r.actor_user_id,
      source: r.source,
      note: r.note,
      data: r.data ?? {},
      createdAt: new Date(r.created_at),
    }));
  },

  /** Stores a final valuation (guarded by the transition table); null when the status forbids it. */
  async recordValuation(
    ctx: Db,
    id: number,
    v: { priceMinor: number; grade: string; reason: string | null; photoIds: unknown[] },
    now: Date,
    meta: DeviceEventMeta = {},
  ): Promise<{ device: TradeInDevice; previousPriceMinor: number | null; previousGrade: string | null } | null> {
    const rows = await ctx.db.query<DeviceRow & { prev_price: string | number | null; prev_grade: string | null; prev_status: DeviceStatus }>(
      `WITH prev AS (SELECT final_price_minor, final_grade, status FROM trade_in_devices WHERE tenant_id = $1 AND id = $2 FOR UPDATE)
       UPDATE trade_in_devices d SET status = 'Valuated', final_price_minor = $3, final_grade = $4, final_reason = $5,
              final_photo_ids = $6, valuation_count = valuation_count + 1, decision = NULL, updated_at = $7
         FROM prev
        WHERE d.tenant_id = $1 AND d.id = $2 AND d.status = ANY($8::text[])
        RETURNING d.*, prev.final_price_minor AS prev_price, prev.final_grade AS prev_grade, prev.status AS prev_status`,
      [ctx.tenant.id, id, v.priceMinor, v.grade, v.reason, JSON.stringify(v.photoIds), now, allowedFrom('Valuated')],
    );
    if (!rows[0]) return null;
    await tradeinsRepository.logDeviceEvents(ctx, [{ deviceId: id, from: rows[0].prev_status, to: 'Valuated' }], now, { ...meta, data: { priceMinor: v.priceMinor, grade: v.grade, ...meta.data } });
    return { device: mapDevice(rows[0]), previousPriceMinor: num(rows[0].prev_price), previousGrade: rows[0].prev_grade };
  },

  /** Guarded customer decision; false when already decided or not valuated. */
  async decide(ctx: Db, id: number, decision: 'approved' | 'rejected', now: Date, meta: DeviceEventMeta = {}): Promise<boolean> {
    const to: DeviceStatus = decision === 'approved' ? 'Accepted' : 'ReturnRequested';
    const rows = await ctx.db.query(
      `UPDATE trade_in_devices SET status = $3, decision = $4, updated_at = $5
        WHERE tenant_id = $1 AND id = $2 AND status = 'Valuated' AND decision IS NULL RETURNING id`,
      [ctx.tenant.id, id, to, decision, now],
    );
    if (rows.length === 0) return false;
    await tradeinsRepository.logDeviceEvents(ctx, [{ deviceId: id, from: 'Valuated', to }], now, { ...meta, data: { decision, ...meta.data } });
    return true;
  },

  /** Guarded update of an open trade-in: a final one while Registered, a temporary one while Temporary and unexpired. */
  async updateTradeIn(
    ctx: Db,
    id: number,
    patch: Partial<Pick<TradeIn, 'isCorporate' | 'organizationName' | 'clientFirstName' | 'clientLastName' | 'agentRef' | 'locationRef' | 'tradeInRef' | 'customDataFields' | 'vatScheme'>>,
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

  /** Trade-ins of one kind, newest first, with their devices (one query for the page, one for its devices). */
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
      ? await ctx.db.query<DeviceRow>('SELECT * FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = ANY($2::int[]) ORDER BY position, id', [ctx.tenant.id, ids])
      : [];
    const byTradeIn = new Map<number, TradeInDevice[]>();
    for (const d of devices.map(mapDevice)) byTradeIn.set(d.tradeInId, [...(byTradeIn.get(d.tradeInId) ?? []), d]);
    return { rows: rows.map((r) => mapTradeIn(r, byTradeIn.get(r.id) ?? [])), total: Number(total[0].n) };
  },

  async isInStock(ctx: Db, identifier: string): Promise<boolean> {
    const rows = await ctx.db.query(
      `SELECT 1 FROM trade_in_devices WHERE tenant_id = $1 AND device_identifier = $2 AND status = ANY($3::text[]) LIMIT 1`,
      [ctx.tenant.id, identifier, IN_STOCK_STATUSES],
    );
    return rows.length > 0;
  },

  async saveSignature(ctx: Db & { actor?: Ctx['actor'] }, tradeInId: number, role: 'client' | 'agent', png: Buffer, width: number, height: number, userId: number | null, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO trade_in_signatures (tenant_id, trade_in_id, role, png, width, height, uploaded_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (trade_in_id, role) DO UPDATE SET png = EXCLUDED.png, width = EXCLUDED.width, height = EXCLUDED.height,
         uploaded_by = EXCLUDED.uploaded_by, created_at = EXCLUDED.created_at`,
      [ctx.tenant.id, tradeInId, role, png, width, height, userId, now],
    );
  },

  async signatures(ctx: Db, tradeInId: number): Promise<{ role: 'client' | 'agent'; png: Buffer; width: number; height: number }[]> {
    const rows = await ctx.db.query<{ role: 'client' | 'agent'; png: Uint8Array; width: number; height: number }>(
      'SELECT role, png, width, height FROM trade_in_signatures WHERE tenant_id = $1 AND trade_in_id = $2',
      [ctx.tenant.id, tradeInId],
    );
    return rows.map((r) => ({ role: r.role, png: Buffer.from(r.png), width: r.width, height: r.height }));
  },
};
