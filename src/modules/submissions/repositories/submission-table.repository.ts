import type { OwnStatus, SeedStatus } from '../status.js';
import type { Condition, PayoutMethod, Submission } from './records.js';
import { mapSubmission, SEED, SELECT_SUBMISSION, type Db, type SubmissionRow } from './rows.js';

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

/** `submissions`: drafts, reads and lists, guarded status changes, kit, inspection and payout. */
export const submissionTableRepository = {
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
    extra: {
      submittedAt?: Date;
      declinedBy?: 'customer' | 'staff';
      declineReason?: string | null;
      accepted?: { tradeInId: number; deviceId: number; amountMinor: number };
    } = {},
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
};
