import type { Ctx } from '../../../platform/context.js';
import { LIVE_STATUSES, type DeviceStatus } from '../state-machine.js';
import type { NewDevice, NewTradeIn, TradeIn, TradeInKind } from '../tradeins.types.js';
import { eventLogCtes, eventLogParams } from './device-events.repository.js';
import { sqlState } from '../../../platform/db/index.js';
import { INSERT_TRADE_IN, insertTradeInParams, insertTradeInWhen, mapDevice, mapTradeIn, type DeviceRow, type TradeInRow } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** What the `tradeins.registered` outbox message says (null: the caller publishes its own fact). */
export interface RegisteredMessage {
  payload: Record<string, unknown>;
  dedupeKey: string;
}

/** Quotes claimed by the registration's own statement (see `insertRegistration`). */
export interface StatementClaim {
  /** The claim's `UPDATE … RETURNING` for the given placeholders (pricing's `claimQuotesSql`). */
  sql: (p: { tenantId: string; quoteIds: string; deviceIds: string; now: string }) => string;
  quoteIds: string[];
  deviceIds: number[];
}

/** Raised by the statement when a quote was not claimed: a failed cast aborts everything it wrote. */
const CLAIM_FAILED = 'quote claim failed';
const INVALID_TEXT_REPRESENTATION = '22P02';

/** json_agg / row_to_json give timestamps as text: back to Date as the row mappers expect. */
function dated<T extends Record<string, unknown>>(row: T, keys: (keyof T)[]): T {
  const out = { ...row };
  for (const k of keys) if (out[k] !== null && out[k] !== undefined) out[k] = new Date(out[k] as string) as T[keyof T];
  return out;
}

/**
 * Registration's reads and its one write statement: the rules read the trade-in side of the
 * world in one query, and a registration is written by one statement (trade-in, devices, their
 * status history, the `device.status_changed` domain events and `tradeins.registered`).
 */
export const registrationRepository = {
  /**
   * In one query: whether `ref` is taken by a live trade-in of `kind`, the devices that block the
   * identifiers (live ones — an unexpired temporary trade-in counts, an expired one does not —
   * and completed ones), whether an expired temporary device still holds one of them, and
   * `reserve` new device ids (so each quote can be claimed for its device before the row exists).
   */
  async registrationState(
    ctx: Db,
    q: { kind: TradeInKind; ref: string | null; identifiers: string[]; now: Date; exceptTradeInId: number | null; reserve: number },
  ): Promise<{ refTaken: boolean; blocking: { identifier: string; status: DeviceStatus }[]; expiredTemporary: boolean; deviceIds: number[] }> {
    const rows = await ctx.db.query<{
      ref_taken: boolean;
      blocking: { identifier: string; status: DeviceStatus }[];
      expired_temporary: boolean;
      device_ids: (string | number)[];
    }>(
      `SELECT
         ($2::text IS NOT NULL AND EXISTS (
           SELECT 1 FROM trade_ins WHERE tenant_id = $1 AND kind = $3 AND lower(trade_in_ref) = lower($2) AND status <> 'Cancelled')) AS ref_taken,
         (SELECT coalesce(json_agg(json_build_object('identifier', d.device_identifier, 'status', d.status) ORDER BY d.id), '[]'::json)
            FROM trade_in_devices d JOIN trade_ins t ON t.id = d.trade_in_id
           WHERE d.tenant_id = $1 AND d.device_identifier = ANY($4::text[])
             AND (d.status = ANY($5::text[]) OR d.status = 'Completed')
             AND NOT (d.status = 'Temporary' AND t.expires_at <= $6)
             AND ($7::int IS NULL OR d.trade_in_id <> $7)) AS blocking,
         EXISTS (
           SELECT 1 FROM trade_in_devices d JOIN trade_ins t ON t.id = d.trade_in_id
            WHERE d.tenant_id = $1 AND d.device_identifier = ANY($4::text[]) AND d.status = 'Temporary' AND t.expires_at <= $6) AS expired_temporary,
         ARRAY(SELECT nextval(pg_get_serial_sequence('trade_in_devices', 'id')) FROM generate_series(1, $8::int)) AS device_ids`,
      [ctx.tenant.id, q.ref, q.kind, q.identifiers, LIVE_STATUSES, q.now, q.exceptTradeInId, q.reserve],
    );
    const r = rows[0];
    return { refTaken: r.ref_taken, blocking: r.blocking, expiredTemporary: r.expired_temporary, deviceIds: r.device_ids.map(Number) };
  },

  /**
   * Writes a registration in ONE statement: the trade-in (owned by `customerUserId` when a
   * customer registers it), its devices with the reserved ids, a status-history entry per device
   * (source `registration`) published as a `device.status_changed` domain event, and — unless
   * `registered` is null — the `tradeins.registered` message; then wakes the outbox worker.
   * Returns the trade-in as stored. The unique indexes (reference, live identifier) still decide
   * races: a violation aborts the statement and the caller's transaction.
   */
  async insertRegistration(
    ctx: Db,
    t: NewTradeIn & { customerUserId: number | null },
    devices: Omit<NewDevice, 'tradeInId'>[],
    registered: RegisteredMessage | null,
  ): Promise<TradeIn> {
    return (await writeRegistration(ctx, t, devices, registered, null))!;
  },

  /**
   * `insertRegistration` that first claims the quotes (pricing's fragment) and fails unless it
   * claimed them all, so it needs no transaction around it. Null: a quote was not claimed (used,
   * expired or unknown: the caller asks pricing which), and nothing was written. The claim runs
   * before the inserts (the trade-in row reads its count), so the quote's row lock decides a
   * race for one quote before the identifier index does.
   */
  insertClaimedRegistration(
    ctx: Db,
    t: NewTradeIn & { customerUserId: number | null },
    devices: Omit<NewDevice, 'tradeInId'>[],
    registered: RegisteredMessage | null,
    claim: StatementClaim,
  ): Promise<TradeIn | null> {
    return writeRegistration(ctx, t, devices, registered, claim);
  },
};

/** The one statement of `insertRegistration`, with the quote claim in it when `claim` is given. */
async function writeRegistration(
  ctx: Db,
  t: NewTradeIn & { customerUserId: number | null },
  devices: Omit<NewDevice, 'tradeInId'>[],
  registered: RegisteredMessage | null,
  claim: StatementClaim | null,
): Promise<TradeIn | null> {
  const deviceJson = devices.map((d) => ({
    id: d.id,
    position: d.position,
    status: d.status,
    device_identifier: d.deviceIdentifier,
    quote_id: d.quoteId,
    variant_id: d.variantId,
    item_group_key: d.itemGroupKey,
    product_name: d.productName,
    grade_key: d.gradeKey,
    grade_name: d.gradeName,
    offered_price_minor: d.offeredPriceMinor,
    offered_price_incl_vat_minor: d.offeredPriceInclVatMinor,
    currency: d.currency,
    exchange_rate: d.exchangeRate,
    base_currency: d.baseCurrency,
    base_price_minor: d.basePriceMinor,
    campaign_id: d.campaignId,
    breakdown: d.breakdown,
    co2_saving_kg: d.co2SavingKg,
    fmip_status: d.fmipStatus,
    fmip_source: d.fmipSource,
    device_bonus_incl_vat_minor: d.deviceBonusInclVatMinor,
    deal_bonus_incl_vat_minor: d.dealBonusInclVatMinor,
  }));
  const head = claim
    ? `WITH claimed AS (${claim.sql({ tenantId: '$1', quoteIds: '$32', deviceIds: '$33', now: '$18' })}),
       t AS (${insertTradeInWhen(
         '(SELECT count(*) AS n FROM claimed) c',
         `CAST(CASE WHEN c.n = $34 THEN '1' ELSE '${CLAIM_FAILED}' END AS int) = 1`,
       )} RETURNING *)`
    : `WITH t AS (${INSERT_TRADE_IN} RETURNING *)`;
  const claimParams = claim ? [claim.quoteIds, claim.deviceIds, claim.quoteIds.length] : [];
  const rows = await ctx.db
    .query<{ trade_in: TradeInRow; devices: DeviceRow[] }>(
      `${head}, d AS (
         INSERT INTO trade_in_devices (id, tenant_id, trade_in_id, position, status, device_identifier, quote_id, variant_id,
           item_group_key, product_name, grade_key, grade_name, offered_price_minor, offered_price_incl_vat_minor, currency,
           exchange_rate, base_currency, base_price_minor, campaign_id, breakdown, co2_saving_kg, created_at, updated_at,
           fmip_status, fmip_source, device_bonus_incl_vat_minor, deal_bonus_incl_vat_minor)
         SELECT x.id, $1, t.id, x.position, x.status, x.device_identifier, x.quote_id, x.variant_id,
           x.item_group_key, x.product_name, x.grade_key, x.grade_name, x.offered_price_minor, x.offered_price_incl_vat_minor, x.currency,
           x.exchange_rate, x.base_currency, x.base_price_minor, x.campaign_id, x.breakdown, x.co2_saving_kg, $18, $18,
           x.fmip_status, x.fmip_source, x.device_bonus_incl_vat_minor, x.deal_bonus_incl_vat_minor
           FROM t, jsonb_to_recordset($21::jsonb) AS x(id int, position int, status text, device_identifier text, quote_id uuid,
             variant_id int, item_group_key text, product_name text, grade_key text, grade_name text, offered_price_minor bigint,
             offered_price_incl_vat_minor bigint, currency text, exchange_rate numeric, base_currency text, base_price_minor bigint,
             campaign_id int, breakdown jsonb, co2_saving_kg numeric, fmip_status text, fmip_source text,
             device_bonus_incl_vat_minor bigint, deal_bonus_incl_vat_minor bigint)
         RETURNING *
       ), moved AS (
         SELECT id, NULL::text AS from_status, status AS to_status, trade_in_id, device_identifier FROM d
       ), ${eventLogCtes(24)}, r AS (
         INSERT INTO outbox_messages (tenant_id, topic, payload, dedupe_key, available_at)
         SELECT $1, 'tradeins.registered', $22::jsonb || jsonb_build_object('tradeInId', t.id), replace($23::text, '{id}', t.id::text), $18
           FROM t WHERE $22::jsonb IS NOT NULL
         RETURNING id
       )
       SELECT row_to_json(t) AS trade_in,
              (SELECT json_agg(d ORDER BY d.position, d.id) FROM d) AS devices,
              (SELECT count(*) FROM o) + (SELECT count(*) FROM r) AS queued,
              pg_notify('tradein_outbox', '')
         FROM t`,
      [
        ...insertTradeInParams(ctx.tenant.id, t),
        JSON.stringify(deviceJson),
        registered ? JSON.stringify(registered.payload) : null,
        registered?.dedupeKey ?? null,
        ...eventLogParams({ source: 'registration' }, t.now),
        ...claimParams,
      ],
    )
    .catch((err: unknown) => {
      if (claim && sqlState(err) === INVALID_TEXT_REPRESENTATION && String((err as Error).message).includes(CLAIM_FAILED)) return null;
      throw err;
    });
  if (!rows) return null;
  const r = rows[0];
  const tradeIn = dated(r.trade_in as unknown as Record<string, unknown>, ['created_at', 'updated_at', 'expires_at', 'cancelled_at']) as unknown as TradeInRow;
  const stored = (r.devices ?? []).map((d) => mapDevice(dated(d as unknown as Record<string, unknown>, ['created_at', 'updated_at']) as unknown as DeviceRow));
  return mapTradeIn(tradeIn, stored);
}
