import type { Offer } from './records.js';
import { mapOffer, type Db, type OfferRow } from './rows.js';

/** `submission_offers`: initial and final offers and their guarded answers. */
export const offersRepository = {
  async insertOffer(
    ctx: Db,
    o: {
      id: string;
      submissionId: number;
      kind: 'initial' | 'final';
      amountMinor: number;
      currency: string;
      suggestedMinor: number | null;
      notes: string | null;
      expiresAt: Date;
      createdBy: number | null;
    },
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
};
