import type { Ctx } from '../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

export type ReceiptOutcome = 'received' | 'already' | 'unexpected' | 'mismatch' | 'fraud';
export type DiscrepancyKind = 'missing' | 'unexpected' | 'identifier_mismatch' | 'damaged_package' | 'fraud_hit';

export interface Discrepancy {
  id: number;
  kind: DiscrepancyKind;
  deviceId: number | null;
  identifier: string | null;
  packageCode: string | null;
  locationId: number | null;
  status: string;
  photoIds: string[];
  note: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface InspectionPhoto {
  photoId: string;
  questionId: number | null;
  angle: string | null;
}

export interface ErasureRecord {
  method: 'Clear' | 'Purge';
  tool: string;
  operator: string;
  verification: 'Passed' | 'Failed';
  performedAt: string;
}

export interface Inspection {
  id: number;
  deviceId: number;
  technicianUserId: number | null;
  locationId: number | null;
  gradingFormVersionId: number;
  gradingForm: { Answers: Record<string, number[]>; Extras: number[]; SystemExtras: number[] };
  functionalTests: { name: string; result: 'pass' | 'fail' | 'not_tested' }[];
  cosmeticGrade: string;
  functionalGrade: string;
  fmipDeclared: string;
  fmipFound: string;
  photos: InspectionPhoto[];
  erasure: ErasureRecord | null;
  erasureCertificateKey: string | null;
  identifierConfirmed: string | null;
  notes: string | null;
  createdAt: Date;
}

/** One changed answer of a difference report, with its evidence. */
export interface ReportLine {
  kind: 'question' | 'extras' | 'system_extras' | 'terms';
  questionId: number | null;
  label: string;
  said: string[];
  found: string[];
  worse: boolean;
  effectMinor: number;
  photoIds: string[];
}

export interface DifferenceReport {
  currency: string;
  registeredMinor: number;
  finalMinor: number;
  differenceMinor: number;
  lines: ReportLine[];
  gradeBefore: string;
  gradeAfter: string;
  ctia: { functional: string; cosmetic: string } | null;
  override: { reason: string; computedMinor: number | null } | null;
}

export interface Valuation {
  id: number;
  deviceId: number;
  inspectionId: number | null;
  valuationCount: number;
  quoteId: string;
  registeredMinor: number;
  computedMinor: number | null;
  finalMinor: number;
  currency: string;
  gradeKey: string | null;
  gradeName: string;
  report: DifferenceReport;
  isOverride: boolean;
  overrideReason: string | null;
  actorUserId: number | null;
  actorRole: string | null;
  createdAt: Date;
}

export interface Payout {
  id: number;
  deviceId: number;
  method: 'store_credit' | 'gift_card' | 'bank_transfer' | 'order_discount';
  amountMinor: number;
  currency: string;
  customerRef: string | null;
  giftCardCode: string | null;
  bankAccount: string | null;
  status: string;
  createdAt: Date;
}

const n = (v: string | number | null): number | null => (v === null ? null : Number(v));
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/* eslint-disable @typescript-eslint/no-explicit-any */
const mapInspection = (r: any): Inspection => ({
  id: Number(r.id),
  deviceId: r.device_id,
  technicianUserId: r.technician_user_id,
  locationId: r.location_id,
  gradingFormVersionId: r.grading_form_version_id,
  gradingForm: json(r.grading_form),
  functionalTests: json(r.functional_tests),
  cosmeticGrade: r.cosmetic_grade,
  functionalGrade: r.functional_grade,
  fmipDeclared: r.fmip_declared,
  fmipFound: r.fmip_found,
  photos: json(r.photos),
  erasure: r.erasure ? json(r.erasure) : null,
  erasureCertificateKey: r.erasure_certificate_key,
  identifierConfirmed: r.identifier_confirmed,
  notes: r.notes,
  createdAt: new Date(r.created_at),
});

const mapValuation = (r: any): Valuation => ({
  id: Number(r.id),
  deviceId: r.device_id,
  inspectionId: n(r.inspection_id),
  valuationCount: r.valuation_count,
  quoteId: r.quote_id,
  registeredMinor: Number(r.registered_minor),
  computedMinor: n(r.computed_minor),
  finalMinor: Number(r.final_minor),
  currency: r.currency,
  gradeKey: r.grade_key,
  gradeName: r.grade_name,
  report: json(r.report),
  isOverride: r.is_override,
  overrideReason: r.override_reason,
  actorUserId: r.actor_user_id,
  actorRole: r.actor_role,
  createdAt: new Date(r.created_at),
});

const mapDiscrepancy = (r: any): Discrepancy => ({
  id: Number(r.id),
  kind: r.kind,
  deviceId: r.device_id,
  identifier: r.identifier,
  packageCode: r.package_code,
  locationId: r.location_id,
  status: r.status,
  photoIds: json(r.photo_ids),
  note: r.note,
  data: json(r.data),
  createdAt: new Date(r.created_at),
});

const mapPayout = (r: any): Payout => ({
  id: Number(r.id),
  deviceId: r.device_id,
  method: r.method,
  amountMinor: Number(r.amount_minor),
  currency: r.currency,
  customerRef: r.customer_ref,
  giftCardCode: r.gift_card_code,
  bankAccount: r.bank_account,
  status: r.status,
  createdAt: new Date(r.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The facility's tables; every query filters by tenant. */
export const facilityRepository = {
  async insertReceipt(
    ctx: Db,
    r: { deviceId: number | null; code: string; outcome: ReceiptOutcome; locationId: number | null; userId: number | null; now: Date },
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO facility_receipts (tenant_id, device_id, scanned_code, outcome, location_id, received_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [ctx.tenant.id, r.deviceId, r.code, r.outcome, r.locationId, r.userId, r.now],
    );
  },

  /** Records a discrepancy; a second missing record of one device is ignored (null). */
  async insertDiscrepancy(
    ctx: Db,
    d: {
      kind: DiscrepancyKind;
      deviceId: number | null;
      identifier: string | null;
      packageCode: string | null;
      locationId: number | null;
      status: string;
      photoIds: string[];
      note: string | null;
      data: Record<string, unknown>;
      userId: number | null;
      now: Date;
    },
  ): Promise<Discrepancy | null> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_discrepancies (tenant_id, kind, device_id, identifier, package_code, location_id, status, photo_ids, note, data, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (tenant_id, device_id) WHERE kind = 'missing' DO NOTHING RETURNING *`,
      [
        ctx.tenant.id,
        d.kind,
        d.deviceId,
        d.identifier,
        d.packageCode,
        d.locationId,
        d.status,
        JSON.stringify(d.photoIds),
        d.note,
        JSON.stringify(d.data),
        d.userId,
        d.now,
      ],
    );
    return rows[0] ? mapDiscrepancy(rows[0]) : null;
  },

  async listDiscrepancies(ctx: Db, f: { kind?: DiscrepancyKind; deviceId?: number; limit: number }): Promise<Discrepancy[]> {
    const rows = await ctx.db.query(
      `SELECT * FROM facility_discrepancies WHERE tenant_id = $1 AND ($2::text IS NULL OR kind = $2) AND ($3::int IS NULL OR device_id = $3)
        ORDER BY id DESC LIMIT $4`,
      [ctx.tenant.id, f.kind ?? null, f.deviceId ?? null, f.limit],
    );
    return rows.map(mapDiscrepancy);
  },

  async receiptOf(ctx: Db, deviceId: number): Promise<{ locationId: number | null; userId: number | null; at: Date } | null> {
    const rows = await ctx.db.query<{ location_id: number | null; received_by: number | null; created_at: Date }>(
      `SELECT location_id, received_by, created_at FROM facility_receipts WHERE tenant_id = $1 AND device_id = $2 AND outcome IN ('received', 'mismatch', 'fraud') ORDER BY id DESC LIMIT 1`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ? { locationId: rows[0].location_id, userId: rows[0].received_by, at: new Date(rows[0].created_at) } : null;
  },

  async insertInspection(ctx: Db, i: Omit<Inspection, 'id'>): Promise<Inspection> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_inspections (tenant_id, device_id, technician_user_id, location_id, grading_form_version_id, grading_form, functional_tests,
         cosmetic_grade, functional_grade, fmip_declared, fmip_found, photos, erasure, erasure_certificate_key, identifier_confirmed, notes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING *`,
      [
        ctx.tenant.id,
        i.deviceId,
        i.technicianUserId,
        i.locationId,
        i.gradingFormVersionId,
        JSON.stringify(i.gradingForm),
        JSON.stringify(i.functionalTests),
        i.cosmeticGrade,
        i.functionalGrade,
        i.fmipDeclared,
        i.fmipFound,
        JSON.stringify(i.photos),
        i.erasure ? JSON.stringify(i.erasure) : null,
        i.erasureCertificateKey,
        i.identifierConfirmed,
        i.notes,
        i.createdAt,
      ],
    );
    return mapInspection(rows[0]);
  },

  async latestInspection(ctx: Db, deviceId: number): Promise<Inspection | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_inspections WHERE tenant_id = $1 AND device_id = $2 ORDER BY id DESC LIMIT 1`, [
      ctx.tenant.id,
      deviceId,
    ]);
    return rows[0] ? mapInspection(rows[0]) : null;
  },

  async inspectionById(ctx: Db, id: number): Promise<Inspection | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_inspections WHERE tenant_id = $1 AND id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapInspection(rows[0]) : null;
  },

  async insertValuation(
    ctx: Db,
    v: Omit<Valuation, 'id' | 'createdAt'> & { variantId: number; storeId: number | null; agentUserId: number | null; now: Date },
  ): Promise<Valuation> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_valuations (tenant_id, device_id, inspection_id, valuation_count, quote_id, registered_minor, computed_minor, final_minor, currency,
         grade_key, grade_name, report, is_override, override_reason, actor_user_id, actor_role, store_id, agent_user_id, variant_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING *`,
      [
        ctx.tenant.id,
        v.deviceId,
        v.inspectionId,
        v.valuationCount,
        v.quoteId,
        v.registeredMinor,
        v.computedMinor,
        v.finalMinor,
        v.currency,
        v.gradeKey,
        v.gradeName,
        JSON.stringify(v.report),
        v.isOverride,
        v.overrideReason,
        v.actorUserId,
        v.actorRole,
        v.storeId,
        v.agentUserId,
        v.variantId,
        v.now,
      ],
    );
    return mapValuation(rows[0]);
  },

  async latestValuation(ctx: Db, deviceId: number): Promise<Valuation | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_valuations WHERE tenant_id = $1 AND device_id = $2 ORDER BY id DESC LIMIT 1`, [
      ctx.tenant.id,
      deviceId,
    ]);
    return rows[0] ? mapValuation(rows[0]) : null;
  },

  async setContact(ctx: Db, deviceId: number, email: string | null, locale: string | null): Promise<void> {
    await ctx.db.query(
      `INSERT INTO facility_device_contacts (tenant_id, device_id, email, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, device_id) DO UPDATE SET email = EXCLUDED.email, locale = EXCLUDED.locale`,
      [ctx.tenant.id, deviceId, email, locale],
    );
  },

  async contact(ctx: Db, deviceId: number): Promise<{ email: string | null; locale: string | null } | null> {
    const rows = await ctx.db.query<{ email: string | null; locale: string | null }>(
      `SELECT email, locale FROM facility_device_contacts WHERE tenant_id = $1 AND device_id = $2`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ?? null;
  },

  async insertDecision(
    ctx: Db,
    d: { deviceId: number; valuationCount: number; decision: 'approved' | 'rejected'; channel: string; userId: number | null; now: Date },
  ): Promise<boolean> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_decisions (tenant_id, device_id, valuation_count, decision, channel, actor_user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, device_id, valuation_count) DO NOTHING RETURNING id`,
      [ctx.tenant.id, d.deviceId, d.valuationCount, d.decision, d.channel, d.userId, d.now],
    );
    return rows.length > 0;
  },

  async decisionOf(ctx: Db, deviceId: number): Promise<{ decision: string; channel: string; createdAt: Date } | null> {
    const rows = await ctx.db.query<{ decision: string; channel: string; created_at: Date }>(
      `SELECT decision, channel, created_at FROM facility_decisions WHERE tenant_id = $1 AND device_id = $2 ORDER BY id DESC LIMIT 1`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ? { decision: rows[0].decision, channel: rows[0].channel, createdAt: new Date(rows[0].created_at) } : null;
  },

  /** One payout per device: the second insert returns null (the caller reads the first). */
  async insertPayout(ctx: Db, p: Omit<Payout, 'id' | 'createdAt'> & { userId: number | null; now: Date }): Promise<Payout | null> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_payouts (tenant_id, device_id, method, amount_minor, currency, customer_ref, gift_card_code, bank_account, status, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (tenant_id, device_id) DO NOTHING RETURNING *`,
      [ctx.tenant.id, p.deviceId, p.method, p.amountMinor, p.currency, p.customerRef, p.giftCardCode, p.bankAccount, p.status, p.userId, p.now],
    );
    return rows[0] ? mapPayout(rows[0]) : null;
  },

  async payoutOf(ctx: Db, deviceId: number): Promise<Payout | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_payouts WHERE tenant_id = $1 AND device_id = $2`, [ctx.tenant.id, deviceId]);
    return rows[0] ? mapPayout(rows[0]) : null;
  },

  async addCredit(
    ctx: Db,
    e: { customerRef: string; amountMinor: number; currency: string; deviceId: number | null; note: string | null; now: Date },
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO store_credit_ledger (tenant_id, customer_ref, amount_minor, currency, device_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [ctx.tenant.id, e.customerRef, e.amountMinor, e.currency, e.deviceId, e.note, e.now],
    );
  },

  async creditBalance(ctx: Db, customerRef: string): Promise<{ currency: string; balanceMinor: number }[]> {
    const rows = await ctx.db.query<{ currency: string; balance: string | number }>(
      `SELECT currency, sum(amount_minor) AS balance FROM store_credit_ledger WHERE tenant_id = $1 AND customer_ref = $2 GROUP BY currency ORDER BY currency`,
      [ctx.tenant.id, customerRef],
    );
    return rows.map((r) => ({ currency: r.currency, balanceMinor: Number(r.balance) }));
  },

  async insertGiftCard(ctx: Db, g: { code: string; amountMinor: number; currency: string; deviceId: number; now: Date }): Promise<void> {
    await ctx.db.query(
      `INSERT INTO gift_cards (tenant_id, code, initial_minor, balance_minor, currency, device_id, created_at) VALUES ($1, $2, $3, $3, $4, $5, $6)`,
      [ctx.tenant.id, g.code, g.amountMinor, g.currency, g.deviceId, g.now],
    );
  },

  async giftCard(ctx: Db, code: string): Promise<{ code: string; balanceMinor: number; initialMinor: number; currency: string } | null> {
    const rows = await ctx.db.query<{ code: string; balance_minor: string | number; initial_minor: string | number; currency: string }>(
      `SELECT code, balance_minor, initial_minor, currency FROM gift_cards WHERE tenant_id = $1 AND code = $2`,
      [ctx.tenant.id, code],
    );
    return rows[0]
      ? { code: rows[0].code, balanceMinor: Number(rows[0].balance_minor), initialMinor: Number(rows[0].initial_minor), currency: rows[0].currency }
      : null;
  },

  /** Guarded redemption: only when the balance covers it. */
  async redeemGiftCard(ctx: Db, code: string, amountMinor: number): Promise<number | null> {
    const rows = await ctx.db.query<{ balance_minor: string | number }>(
      `UPDATE gift_cards SET balance_minor = balance_minor - $3 WHERE tenant_id = $1 AND code = $2 AND balance_minor >= $3 RETURNING balance_minor`,
      [ctx.tenant.id, code, amountMinor],
    );
    return rows[0] ? Number(rows[0].balance_minor) : null;
  },

  async insertReturn(
    ctx: Db,
    r: { deviceId: number; shipmentId: number | null; labelUrl: string | null; toAddress: Record<string, unknown>; manual: boolean; now: Date },
  ): Promise<boolean> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_returns (tenant_id, device_id, shipment_id, label_url, to_address, manual, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, device_id) DO NOTHING RETURNING id`,
      [ctx.tenant.id, r.deviceId, r.shipmentId, r.labelUrl, JSON.stringify(r.toAddress), r.manual, r.now],
    );
    return rows.length > 0;
  },

  async returnOf(
    ctx: Db,
    deviceId: number,
  ): Promise<{ shipmentId: number | null; labelUrl: string | null; manual: boolean; toAddress: Record<string, unknown> } | null> {
    const rows = await ctx.db.query<{ shipment_id: number | null; label_url: string | null; manual: boolean; to_address: Record<string, unknown> }>(
      `SELECT shipment_id, label_url, manual, to_address FROM facility_returns WHERE tenant_id = $1 AND device_id = $2`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ? { shipmentId: rows[0].shipment_id, labelUrl: rows[0].label_url, manual: rows[0].manual, toAddress: rows[0].to_address } : null;
  },

  /** Learns TAC → model from a confirmed inspection; a different model for a known TAC is flagged, never overwritten. */
  async learnTac(ctx: Db, tac: string, variantId: number, source: 'inspection' | 'import', now: Date): Promise<'learned' | 'confirmed' | 'conflict'> {
    const rows = await ctx.db.query<{ variant_id: number }>(
      `INSERT INTO facility_tac_map (tenant_id, tac, variant_id, source, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, tac) DO UPDATE SET
         confirmations = facility_tac_map.confirmations + CASE WHEN facility_tac_map.variant_id = EXCLUDED.variant_id THEN 1 ELSE 0 END,
         conflict_variant_ids = CASE WHEN facility_tac_map.variant_id = EXCLUDED.variant_id OR facility_tac_map.conflict_variant_ids @> to_jsonb(EXCLUDED.variant_id)
                                     THEN facility_tac_map.conflict_variant_ids
                                     ELSE facility_tac_map.conflict_variant_ids || to_jsonb(EXCLUDED.variant_id) END,
         updated_at = EXCLUDED.updated_at
       RETURNING variant_id, (xmax = 0) AS inserted`,
      [ctx.tenant.id, tac, variantId, source, now],
    );
    const r = rows[0] as unknown as { variant_id: number; inserted: boolean };
    if (r.inserted) return 'learned';
    return r.variant_id === variantId ? 'confirmed' : 'conflict';
  },

  async tacMap(ctx: Db): Promise<{ tac: string; variantId: number; confirmations: number; source: string; conflicts: number[] }[]> {
    const rows = await ctx.db.query<{ tac: string; variant_id: number; confirmations: number; source: string; conflict_variant_ids: number[] | string }>(
      `SELECT tac, variant_id, confirmations, source, conflict_variant_ids FROM facility_tac_map WHERE tenant_id = $1 ORDER BY tac`,
      [ctx.tenant.id],
    );
    return rows.map((r) => ({
      tac: r.tac,
      variantId: r.variant_id,
      confirmations: r.confirmations,
      source: r.source,
      conflicts: json(r.conflict_variant_ids),
    }));
  },

  async learnedTacs(ctx: Db): Promise<{ tac: string; variantId: number }[]> {
    const rows = await ctx.db.query<{ tac: string; variant_id: number }>(`SELECT tac, variant_id FROM facility_tac_map WHERE tenant_id = $1`, [ctx.tenant.id]);
    return rows.map((r) => ({ tac: r.tac, variantId: r.variant_id }));
  },

  /** Final valuations (latest per device) for analytics, within a period. */
  async valuationsForAnalytics(
    ctx: Db,
    from: Date | null,
    to: Date | null,
  ): Promise<
    {
      deviceId: number;
      storeId: number | null;
      agentUserId: number | null;
      variantId: number;
      month: string;
      registeredMinor: number;
      finalMinor: number;
      currency: string;
      report: DifferenceReport;
    }[]
  > {
    const rows = await ctx.db.query<{
      device_id: number;
      store_id: number | null;
      agent_user_id: number | null;
      variant_id: number;
      month: string;
      registered_minor: string | number;
      final_minor: string | number;
      currency: string;
      report: DifferenceReport | string;
    }>(
      `SELECT DISTINCT ON (device_id) device_id, store_id, agent_user_id, variant_id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
              registered_minor, final_minor, currency, report
         FROM facility_valuations
        WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)
        ORDER BY device_id, id DESC`,
      [ctx.tenant.id, from, to],
    );
    return rows.map((r) => ({
      deviceId: r.device_id,
      storeId: r.store_id,
      agentUserId: r.agent_user_id,
      variantId: r.variant_id,
      month: r.month,
      registeredMinor: Number(r.registered_minor),
      finalMinor: Number(r.final_minor),
      currency: r.currency,
      report: json(r.report),
    }));
  },
};
