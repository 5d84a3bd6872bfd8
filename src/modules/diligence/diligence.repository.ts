import type { Ctx } from '../../platform/context.js';
import type { FmipResult, FraudResult } from './results.js';

type Q = Pick<Ctx, 'db' | 'tenant'>;

export interface BlocklistEntry {
  id: number;
  identifier: string;
  reason: string;
  source: string;
  createdAt: Date;
  createdByUserId: number | null;
}

interface BlocklistRow {
  id: number;
  identifier: string;
  reason: string;
  source: string;
  created_at: Date;
  created_by_user_id: number | null;
}

const mapEntry = (r: BlocklistRow): BlocklistEntry => ({
  id: r.id,
  identifier: r.identifier,
  reason: r.reason,
  source: r.source,
  createdAt: r.created_at,
  createdByUserId: r.created_by_user_id,
});

export interface StoredReport {
  id: string;
  variantId: number;
  itemIdentifier: string;
  fmipAttestation: 'Activated' | 'NotActivated' | null;
  fraud: FraudResult;
  fmip: FmipResult;
  createdByUserId: number | null;
  createdAt: Date;
}

export interface StoredResult {
  kind: 'fraud' | 'fmip';
  provider: string;
  certId: string;
  result: string;
  resultId: number;
  detail: string | null;
  checkedAt: Date;
}

interface ReportRow {
  id: string;
  variant_id: number;
  item_identifier: string;
  fmip_attestation: 'Activated' | 'NotActivated' | null;
  fraud_summary: FraudResult;
  fmip_summary: FmipResult;
  created_by_user_id: number | null;
  created_at: Date;
}

const mapReport = (r: ReportRow): StoredReport => ({
  id: r.id,
  variantId: r.variant_id,
  itemIdentifier: r.item_identifier,
  fmipAttestation: r.fmip_attestation,
  fraud: r.fraud_summary,
  fmip: r.fmip_summary,
  createdByUserId: r.created_by_user_id,
  createdAt: r.created_at,
});

export const blocklistRepository = {
  async find(ctx: Q, identifier: string): Promise<BlocklistEntry | null> {
    const rows = await ctx.db.query<BlocklistRow>('SELECT * FROM diligence_blocklist WHERE tenant_id = $1 AND identifier = $2', [ctx.tenant.id, identifier]);
    return rows[0] ? mapEntry(rows[0]) : null;
  },

  async list(ctx: Q, options: { search?: string; limit: number; offset: number }): Promise<{ total: number; entries: BlocklistEntry[] }> {
    const pattern = options.search ? `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await ctx.db.query<BlocklistRow & { total: number }>(
      `SELECT *, count(*) OVER ()::int AS total FROM diligence_blocklist
       WHERE tenant_id = $1 AND ($2::text IS NULL OR identifier ILIKE $2 OR reason ILIKE $2 OR source ILIKE $2)
       ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [ctx.tenant.id, pattern, options.limit, options.offset],
    );
    return { total: rows[0]?.total ?? 0, entries: rows.map(mapEntry) };
  },

  /** Inserts; returns null when the identifier is already listed. */
  async insert(ctx: Q, e: Omit<BlocklistEntry, 'id'>): Promise<BlocklistEntry | null> {
    const rows = await ctx.db.query<BlocklistRow>(
      `INSERT INTO diligence_blocklist (tenant_id, identifier, reason, source, created_at, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, identifier) DO NOTHING RETURNING *`,
      [ctx.tenant.id, e.identifier, e.reason, e.source, e.createdAt, e.createdByUserId],
    );
    return rows[0] ? mapEntry(rows[0]) : null;
  },

  /** Inserts or replaces reason and source (imports). Returns whether the row is new. */
  async upsert(ctx: Q, e: Omit<BlocklistEntry, 'id'>): Promise<boolean> {
    const rows = await ctx.db.query<{ inserted: boolean }>(
      `INSERT INTO diligence_blocklist (tenant_id, identifier, reason, source, created_at, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, identifier) DO UPDATE SET reason = EXCLUDED.reason, source = EXCLUDED.source
       RETURNING (xmax = 0) AS inserted`,
      [ctx.tenant.id, e.identifier, e.reason, e.source, e.createdAt, e.createdByUserId],
    );
    return rows[0].inserted;
  },

  async remove(ctx: Q, identifier: string): Promise<boolean> {
    const rows = await ctx.db.query('DELETE FROM diligence_blocklist WHERE tenant_id = $1 AND identifier = $2 RETURNING id', [ctx.tenant.id, identifier]);
    return rows.length > 0;
  },
};

export const reportRepository = {
  async insert(ctx: Q, report: StoredReport, results: StoredResult[]): Promise<void> {
    await ctx.db.query(
      `INSERT INTO diligence_reports (id, tenant_id, variant_id, item_identifier, fmip_attestation, fraud_summary, fmip_summary, created_by_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        report.id,
        ctx.tenant.id,
        report.variantId,
        report.itemIdentifier,
        report.fmipAttestation,
        report.fraud,
        report.fmip,
        report.createdByUserId,
        report.createdAt,
      ],
    );
    for (const [i, r] of results.entries()) {
      await ctx.db.query(
        `INSERT INTO diligence_results (report_id, tenant_id, kind, position, provider, cert_id, result, result_id, detail, checked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [report.id, ctx.tenant.id, r.kind, i, r.provider, r.certId, r.result, r.resultId, r.detail, r.checkedAt],
      );
    }
  },

  async find(ctx: Q, id: string): Promise<{ report: StoredReport; results: StoredResult[] } | null> {
    const rows = await ctx.db.query<ReportRow>('SELECT * FROM diligence_reports WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    if (!rows[0]) return null;
    const results = await ctx.db.query<{
      kind: 'fraud' | 'fmip';
      provider: string;
      cert_id: string;
      result: string;
      result_id: number;
      detail: string | null;
      checked_at: Date;
    }>('SELECT * FROM diligence_results WHERE tenant_id = $1 AND report_id = $2 ORDER BY position', [ctx.tenant.id, id]);
    return {
      report: mapReport(rows[0]),
      results: results.map((r) => ({
        kind: r.kind,
        provider: r.provider,
        certId: r.cert_id,
        result: r.result,
        resultId: r.result_id,
        detail: r.detail,
        checkedAt: r.checked_at,
      })),
    };
  },

  async latestFor(ctx: Q, itemIdentifier: string, variantId: number): Promise<StoredReport | null> {
    const rows = await ctx.db.query<ReportRow>(
      `SELECT * FROM diligence_reports WHERE tenant_id = $1 AND item_identifier = $2 AND variant_id = $3
       ORDER BY created_at DESC, seq DESC LIMIT 1`,
      [ctx.tenant.id, itemIdentifier, variantId],
    );
    return rows[0] ? mapReport(rows[0]) : null;
  },
};
