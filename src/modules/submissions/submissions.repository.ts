import type { Ctx } from '../../platform/context.js';
import type { DeviceStatus } from '../tradeins/index.js';
import { seedStatus, seedStatusSql, type OwnStatus, type SeedStatus } from './status.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

export type Condition = 'excellent' | 'good' | 'fair' | 'poor';
export type PayoutMethod = 'store_credit' | 'bank_transfer' | 'gift_card';

/** A submission with the status of its trade-in device (after acceptance). */
export interface Submission {
  id: number;
  publicId: string;
  customerUserId: number;
  variantId: number;
  productName: string;
  itemGroupKey: string | null;
  serialNumber: string | null;
  condition: Condition;
  description: string | null;
  ownStatus: OwnStatus;
  status: SeedStatus;
  declinedBy: 'customer' | 'staff' | null;
  declineReason: string | null;
  tradeInId: number | null;
  deviceId: number | null;
  deviceStatus: DeviceStatus | null;
  finalPriceMinor: number | null;
  currency: string;
  acceptedAmountMinor: number | null;
  kitShipmentId: string | null;
  kitLabelUrl: string | null;
  inspectionStartedAt: Date | null;
  payoutAmountMinor: number | null;
  payoutMethod: PayoutMethod | null;
  paidAt: Date | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'superseded';

export interface Offer {
  id: string;
  submissionId: number;
  submissionPublicId: string;
  customerUserId: number;
  kind: 'initial' | 'final';
  amountMinor: number;
  currency: string;
  suggestedMinor: number | null;
  notes: string | null;
  status: OfferStatus;
  expiresAt: Date;
  createdBy: number | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface SubmissionEvent {
  status: string;
  actorKind: string;
  note: string | null;
  createdAt: Date;
}

export interface Profile {
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  address: Record<string, string | null> | null;
  preferredPayout: PayoutMethod | null;
  updatedAt: Date | null;
}

interface SubmissionRow {
  id: number;
  public_id: string;
  customer_user_id: number;
  variant_id: number;
  product_name: string;
  item_group_key: string | null;
  serial_number: string | null;
  condition: Condition;
  description: string | null;
  status: OwnStatus;
  declined_by: 'customer' | 'staff' | null;
  decline_reason: string | null;
  trade_in_id: number | null;
  device_id: number | null;
  device_status: DeviceStatus | null;
  final_price_minor: string | number | null;
  currency: string;
  accepted_amount_minor: string | number | null;
  kit_shipment_id: string | null;
  kit_label_url: string | null;
  inspection_started_at: Date | null;
  payout_amount_minor: string | number | null;
  payout_method: PayoutMethod | null;
  paid_at: Date | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface OfferRow {
  id: string;
  submission_id: number;
  public_id: string;
  customer_user_id: number;
  kind: 'initial' | 'final';
  amount_minor: string | number;
  currency: string;
  suggested_minor: string | number | null;
  notes: string | null;
  status: OfferStatus;
  expires_at: Date;
  created_by: number | null;
  decided_at: Date | null;
  created_at: Date;
}

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));
const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

const mapSubmission = (r: SubmissionRow): Submission => ({
  id: r.id,
  publicId: r.public_id,
  customerUserId: r.customer_user_id,
  variantId: r.variant_id,
  productName: r.product_name,
  itemGroupKey: r.item_group_key,
  serialNumber: r.serial_number,
  condition: r.condition,
  description: r.description,
  ownStatus: r.status,
  status: seedStatus(r.status, r.device_status),
  declinedBy: r.declined_by,
  declineReason: r.decline_reason,
  tradeInId: r.trade_in_id,
  deviceId: r.device_id,
  deviceStatus: r.device_status,
  finalPriceMinor: num(r.final_price_minor),
  currency: r.currency.trim(),
  acceptedAmountMinor: num(r.accepted_amount_minor),
  kitShipmentId: r.kit_shipment_id,
  kitLabelUrl: r.kit_label_url,
  inspectionStartedAt: date(r.inspection_started_at),
  payoutAmountMinor: num(r.payout_amount_minor),
  payoutMethod: r.payout_method,
  paidAt: date(r.paid_at),
  submittedAt: date(r.submitted_at),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const mapOffer = (r: OfferRow): Offer => ({
  id: r.id,
  submissionId: r.submission_id,
  submissionPublicId: r.public_id,
  customerUserId: r.customer_user_id,
  kind: r.kind,
  amountMinor: Number(r.amount_minor),
  currency: r.currency.trim(),
  suggestedMinor: num(r.suggested_minor),
  notes: r.notes,
  status: r.status,
  expiresAt: new Date(r.expires_at),
  createdBy: r.created_by,
  decidedAt: date(r.decided_at),
  createdAt: new Date(r.created_at),
});

// A submission is the seed 001 view of a trade-in device: it reads the device's status and final
// price with the row (one query for lists and stats instead of one call per submission).
const SELECT_SUBMISSION = `SELECT s.*, d.status AS device_status, d.final_price_minor
  FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id`;
const SEED = seedStatusSql('s', 'd');

export interface NewSubmission {
  publicId: string;
  customerUserId: number;
  variantId: number;
  productName: string;
  itemGroupKey: string | null;
  serialNumber: string | null;
  condition: Condition;
  description: string | null;
  currency: string;
}

export interface DraftPatch {
  variantId?: number;
  productName?: string;
  itemGroupKey?: string | null;
  serialNumber?: string | null;
  condition?: Condition;
  description?: string | null;
}

export interface StatsRow {
  counts: Record<string, number>;
  offersAccepted: number;
  offersDeclined: number;
  offeredTotalMinor: number;
  finalTotalMinor: number;
  finalCount: number;
  stepDays: Record<string, number | null>;
  payouts: { method: string; count: number; totalMinor: number }[];
}

/** The steps whose average duration the stats show, in flow order. */
export const STEPS: [string, string][] = [
  ['draft', 'submitted'],
  ['submitted', 'offered'],
  ['offered', 'accepted'],
  ['accepted', 'shipped'],
  ['shipped', 'received'],
  ['received', 'inspected'],
  ['inspected', 'completed'],
];

export const submissionsRepository = {
  async insert(ctx: Db, s: NewSubmission, now: Date): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO submissions (tenant_id, public_id, customer_user_id, variant_id, product_name, item_group_key, serial_number,
         condition, description, status, currency, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'draft',$10,$11,$11) RETURNING id`,
      [ctx.tenant.id, s.publicId, s.customerUserId, s.variantId, s.productName, s.itemGroupKey, s.serialNumber, s.condition, s.description, s.currency, now],
    );
    return rows[0].id;
  },

  async findByPublicId(ctx: Db, publicId: string): Promise<Submission | null> {
    const rows = await ctx.db.query<SubmissionRow>(`${SELECT_SUBMISSION} WHERE s.tenant_id = $1 AND s.public_id = $2`, [ctx.tenant.id, publicId]);
    return rows[0] ? mapSubmission(rows[0]) : null;
  },

  async findById(ctx: Db, id: number): Promise<Submission | null> {
    const rows = await ctx.db.query<SubmissionRow>(`${SELECT_SUBMISSION} WHERE s.tenant_id = $1 AND s.id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapSubmission(rows[0]) : null;
  },

  async findByDevice(ctx: Db, deviceId: number): Promise<Submission | null> {
    const rows = await ctx.db.query<SubmissionRow>(`${SELECT_SUBMISSION} WHERE s.tenant_id = $1 AND s.device_id = $2`, [ctx.tenant.id, deviceId]);
    return rows[0] ? mapSubmission(rows[0]) : null;
  },

  async list(ctx: Db, f: { customerUserId?: number; status?: SeedStatus; limit: number; offset: number }): Promise<{ rows: Submission[]; total: number }> {
    const where = `s.tenant_id = $1 AND ($2::int IS NULL OR s.customer_user_id = $2) AND ($3::text IS NULL OR ${SEED} = $3)`;
    const params = [ctx.tenant.id, f.customerUserId ?? null, f.status ?? null];
    const total = await ctx.db.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id WHERE ${where}`,
      params,
    );
    const rows = await ctx.db.query<SubmissionRow>(`${SELECT_SUBMISSION} WHERE ${where} ORDER BY s.created_at DESC, s.id DESC LIMIT $4 OFFSET $5`, [
      ...params,
      f.limit,
      f.offset,
    ]);
    return { rows: rows.map(mapSubmission), total: Number(total[0].n) };
  },

  /** Changes a draft; false when it is no longer a draft. */
  async updateDraft(ctx: Db, id: number, p: DraftPatch, now: Date): Promise<boolean> {
    const cols: Record<keyof DraftPatch, string> = {
      variantId: 'variant_id',
      productName: 'product_name',
      itemGroupKey: 'item_group_key',
      serialNumber: 'serial_number',
      condition: 'condition',
      description: 'description',
    };
    const params: unknown[] = [ctx.tenant.id, id, now];
    const sets = ['updated_at = $3'];
    for (const [key, col] of Object.entries(cols) as [keyof DraftPatch, string][]) {
      if (p[key] === undefined) continue;
      params.push(p[key]);
      sets.push(`${col} = $${params.length}`);
    }
    const rows = await ctx.db.query(`UPDATE submissions SET ${sets.join(', ')} WHERE tenant_id = $1 AND id = $2 AND status = 'draft' RETURNING id`, params);
    return rows.length > 0;
  },

  /** Guarded status change of the submission itself; false when its status was not in `from`. */
  async setStatus(
    ctx: Db,
    id: number,
    from: OwnStatus[],
    to: OwnStatus,
    now: Date,
    extra: { submittedAt?: Date; declinedBy?: 'customer' | 'staff'; declineReason?: string | null; accepted?: { tradeInId: number; deviceId: number; amountMinor: number } } = {},
  ): Promise<boolean> {
    const rows = await ctx.db.query(
      `UPDATE submissions SET status = $4, updated_at = $5,
              submitted_at = COALESCE($6, submitted_at),
              declined_by = COALESCE($7, declined_by), decline_reason = COALESCE($8, decline_reason),
              trade_in_id = COALESCE($9, trade_in_id), device_id = COALESCE($10, device_id),
              accepted_amount_minor = COALESCE($11, accepted_amount_minor)
        WHERE tenant_id = $1 AND id = $2 AND status = ANY($3::text[]) RETURNING id`,
      [
        ctx.tenant.id,
        id,
        from,
        to,
        now,
        extra.submittedAt ?? null,
        extra.declinedBy ?? null,
        extra.declineReason ?? null,
        extra.accepted?.tradeInId ?? null,
        extra.accepted?.deviceId ?? null,
        extra.accepted?.amountMinor ?? null,
      ],
    );
    return rows.length > 0;
  },

  /** Records a decline after acceptance (the item was rejected or the final offer declined); the device tells the status. */
  async noteDecline(ctx: Db, id: number, by: 'customer' | 'staff', reason: string | null, now: Date): Promise<void> {
    await ctx.db.query('UPDATE submissions SET declined_by = $3, decline_reason = $4, updated_at = $5 WHERE tenant_id = $1 AND id = $2', [
      ctx.tenant.id,
      id,
      by,
      reason,
      now,
    ]);
  },

  async setKit(ctx: Db, id: number, kit: { shipmentId: string | null; labelUrl: string }, now: Date): Promise<void> {
    await ctx.db.query('UPDATE submissions SET kit_shipment_id = $3, kit_label_url = $4, updated_at = $5 WHERE tenant_id = $1 AND id = $2', [
      ctx.tenant.id,
      id,
      kit.shipmentId,
      kit.labelUrl,
      now,
    ]);
  },

  /** Marks the inspection as started, once. */
  async startInspection(ctx: Db, id: number, now: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      'UPDATE submissions SET inspection_started_at = $3, updated_at = $3 WHERE tenant_id = $1 AND id = $2 AND inspection_started_at IS NULL RETURNING id',
      [ctx.tenant.id, id, now],
    );
    return rows.length > 0;
  },

  /** Records the credit issued, once. */
  async recordPayout(ctx: Db, id: number, amountMinor: number, method: PayoutMethod, now: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      `UPDATE submissions SET payout_amount_minor = $3, payout_method = $4, paid_at = $5, updated_at = $5
        WHERE tenant_id = $1 AND id = $2 AND paid_at IS NULL RETURNING id`,
      [ctx.tenant.id, id, amountMinor, method, now],
    );
    return rows.length > 0;
  },

  async insertEvent(ctx: Db, submissionId: number, status: SeedStatus, actor: Ctx['actor'] | undefined, note: string | null, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO submission_events (tenant_id, submission_id, status, actor_kind, actor_user_id, note, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [ctx.tenant.id, submissionId, status, actor?.kind ?? 'system', actor?.userId ?? null, note, now],
    );
  },

  async events(ctx: Db, submissionId: number): Promise<SubmissionEvent[]> {
    const rows = await ctx.db.query<{ status: string; actor_kind: string; note: string | null; created_at: Date }>(
      'SELECT status, actor_kind, note, created_at FROM submission_events WHERE tenant_id = $1 AND submission_id = $2 ORDER BY id',
      [ctx.tenant.id, submissionId],
    );
    return rows.map((r) => ({ status: r.status, actorKind: r.actor_kind, note: r.note, createdAt: new Date(r.created_at) }));
  },

  // ---------------------------------------------------------------- offers

  async insertOffer(
    ctx: Db,
    o: { id: string; submissionId: number; kind: 'initial' | 'final'; amountMinor: number; currency: string; suggestedMinor: number | null; notes: string | null; expiresAt: Date; createdBy: number | null },
    now: Date,
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO submission_offers (id, tenant_id, submission_id, kind, amount_minor, currency, suggested_minor, notes, status, expires_at, created_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'open',$9,$10,$11)`,
      [o.id, ctx.tenant.id, o.submissionId, o.kind, o.amountMinor, o.currency, o.suggestedMinor, o.notes, o.expiresAt, o.createdBy, now],
    );
  },

  /** Replaces the open offer of a submission (a new offer, e.g. after the old one expired). */
  async supersedeOpenOffers(ctx: Db, submissionId: number, now: Date): Promise<void> {
    await ctx.db.query(`UPDATE submission_offers SET status = 'superseded', decided_at = $3 WHERE tenant_id = $1 AND submission_id = $2 AND status = 'open'`, [
      ctx.tenant.id,
      submissionId,
      now,
    ]);
  },

  async findOffer(ctx: Db, id: string): Promise<Offer | null> {
    const rows = await ctx.db.query<OfferRow>(
      `SELECT o.*, s.public_id, s.customer_user_id FROM submission_offers o JOIN submissions s ON s.id = o.submission_id
        WHERE o.tenant_id = $1 AND o.id = $2`,
      [ctx.tenant.id, id],
    );
    return rows[0] ? mapOffer(rows[0]) : null;
  },

  async offersOf(ctx: Db, submissionId: number): Promise<Offer[]> {
    const rows = await ctx.db.query<OfferRow>(
      `SELECT o.*, s.public_id, s.customer_user_id FROM submission_offers o JOIN submissions s ON s.id = o.submission_id
        WHERE o.tenant_id = $1 AND o.submission_id = $2 ORDER BY o.created_at, o.id`,
      [ctx.tenant.id, submissionId],
    );
    return rows.map(mapOffer);
  },

  /** Guarded answer to an open, unexpired offer; false when it was answered, replaced or expired meanwhile. */
  async decideOffer(ctx: Db, id: string, to: 'accepted' | 'declined', now: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      `UPDATE submission_offers SET status = $3, decided_at = $4
        WHERE tenant_id = $1 AND id = $2 AND status = 'open' AND ($3 = 'declined' OR expires_at > $4) RETURNING id`,
      [ctx.tenant.id, id, to, now],
    );
    return rows.length > 0;
  },

  // ---------------------------------------------------------------- profiles

  async profile(ctx: Db, userId: number): Promise<Profile | null> {
    const rows = await ctx.db.query<{
      first_name: string | null;
      last_name: string | null;
      phone: string | null;
      address: Profile['address'];
      preferred_payout: PayoutMethod | null;
      updated_at: Date;
    }>('SELECT * FROM customer_profiles WHERE tenant_id = $1 AND user_id = $2', [ctx.tenant.id, userId]);
    const r = rows[0];
    if (!r) return null;
    return { firstName: r.first_name, lastName: r.last_name, phone: r.phone, address: r.address, preferredPayout: r.preferred_payout, updatedAt: new Date(r.updated_at) };
  },

  async saveProfile(ctx: Db, userId: number, p: Omit<Profile, 'updatedAt'>, now: Date): Promise<void> {
    await ctx.db.query(
      `INSERT INTO customer_profiles (tenant_id, user_id, first_name, last_name, phone, address, preferred_payout, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (tenant_id, user_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
         phone = EXCLUDED.phone, address = EXCLUDED.address, preferred_payout = EXCLUDED.preferred_payout, updated_at = EXCLUDED.updated_at`,
      [ctx.tenant.id, userId, p.firstName, p.lastName, p.phone, p.address === null ? null : JSON.stringify(p.address), p.preferredPayout, now],
    );
  },

  // ---------------------------------------------------------------- admin

  /** Customers of the tenant (name from their profile when they set one), with submission counts per seed status. */
  async customers(
    ctx: Db,
    f: { q: string | null; limit: number; offset: number },
  ): Promise<{ rows: { uid: string; email: string; firstName: string; lastName: string; phone: string | null; createdAt: Date; counts: Record<string, number> }[]; total: number }> {
    const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = `u.tenant_id = $1 AND u.role = 'customer' AND ($2::text IS NULL OR u.email ILIKE $2 OR u.first_name ILIKE $2 OR u.last_name ILIKE $2
      OR p.first_name ILIKE $2 OR p.last_name ILIKE $2 OR u.phone ILIKE $2 OR p.phone ILIKE $2
      OR EXISTS (SELECT 1 FROM submissions x WHERE x.tenant_id = $1 AND x.customer_user_id = u.id AND (x.public_id ILIKE $2 OR x.serial_number ILIKE $2)))`;
    const from = `FROM users u LEFT JOIN customer_profiles p ON p.tenant_id = u.tenant_id AND p.user_id = u.id`;
    const total = await ctx.db.query<{ n: string | number }>(`SELECT count(*) AS n ${from} WHERE ${where}`, [ctx.tenant.id, like]);
    const rows = await ctx.db.query<{ uid: string; email: string; first_name: string; last_name: string; phone: string | null; created_at: Date; counts: Record<string, number> | null }>(
      `WITH c AS (
         SELECT s.customer_user_id, ${SEED} AS st, count(*)::int AS n
           FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id
          WHERE s.tenant_id = $1 GROUP BY 1, 2)
       SELECT u.uid, u.email, COALESCE(p.first_name, u.first_name) AS first_name, COALESCE(p.last_name, u.last_name) AS last_name,
              COALESCE(p.phone, u.phone) AS phone, u.created_at,
              (SELECT jsonb_object_agg(c.st, c.n) FROM c WHERE c.customer_user_id = u.id) AS counts
         ${from} WHERE ${where} ORDER BY u.created_at DESC, u.id DESC LIMIT $3 OFFSET $4`,
      [ctx.tenant.id, like, f.limit, f.offset],
    );
    return {
      total: Number(total[0].n),
      rows: rows.map((r) => ({
        uid: r.uid,
        email: r.email,
        firstName: r.first_name,
        lastName: r.last_name,
        phone: r.phone,
        createdAt: new Date(r.created_at),
        counts: r.counts ?? {},
      })),
    };
  },

  /** Dashboard figures of submissions created in [from, to) and payouts made in it. */
  async stats(ctx: Db, from: Date, to: Date): Promise<StatsRow> {
    const params = [ctx.tenant.id, from, to];
    const counts = await ctx.db.query<{ st: string; n: string | number }>(
      `SELECT ${SEED} AS st, count(*) AS n FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id
        WHERE s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 GROUP BY 1`,
      params,
    );
    const offers = await ctx.db.query<{ accepted: string | number; declined: string | number }>(
      `SELECT count(*) FILTER (WHERE o.status = 'accepted') AS accepted, count(*) FILTER (WHERE o.status = 'declined') AS declined
         FROM submission_offers o JOIN submissions s ON s.id = o.submission_id
        WHERE o.tenant_id = $1 AND o.kind = 'initial' AND s.created_at >= $2 AND s.created_at < $3`,
      params,
    );
    const totals = await ctx.db.query<{ offered: string | number | null; final: string | number | null; n: string | number }>(
      `SELECT sum(s.accepted_amount_minor) AS offered, sum(d.final_price_minor) AS final, count(d.final_price_minor) AS n
         FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id
        WHERE s.tenant_id = $1 AND s.accepted_amount_minor IS NOT NULL AND s.created_at >= $2 AND s.created_at < $3`,
      params,
    );
    const pivots = STEPS.map(([a, b], i) => `avg(EXTRACT(EPOCH FROM (e.t_${b} - e.t_${a})) / 86400.0) AS step_${i}`);
    const firstAt = [...new Set(STEPS.flat())].map((st) => `min(ev.created_at) FILTER (WHERE ev.status = '${st}') AS t_${st}`);
    const steps = await ctx.db.query<Record<string, string | number | null>>(
      `WITH e AS (
         SELECT ev.submission_id, ${firstAt.join(', ')}
           FROM submission_events ev JOIN submissions s ON s.id = ev.submission_id
          WHERE ev.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 GROUP BY ev.submission_id)
       SELECT ${pivots.join(', ')} FROM e`,
      params,
    );
    const payouts = await ctx.db.query<{ method: string; n: string | number; total: string | number }>(
      `SELECT payout_method AS method, count(*) AS n, sum(payout_amount_minor) AS total FROM submissions
        WHERE tenant_id = $1 AND paid_at >= $2 AND paid_at < $3 GROUP BY 1 ORDER BY 1`,
      params,
    );
    const stepDays: Record<string, number | null> = {};
    STEPS.forEach(([a, b], i) => {
      const v = steps[0]?.[`step_${i}`];
      stepDays[`${a}_to_${b}`] = v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100;
    });
    return {
      counts: Object.fromEntries(counts.map((r) => [r.st, Number(r.n)])),
      offersAccepted: Number(offers[0].accepted),
      offersDeclined: Number(offers[0].declined),
      offeredTotalMinor: Number(totals[0].offered ?? 0),
      finalTotalMinor: Number(totals[0].final ?? 0),
      finalCount: Number(totals[0].n),
      stepDays,
      payouts: payouts.map((p) => ({ method: p.method, count: Number(p.n), totalMinor: Number(p.total) })),
    };
  },
};
