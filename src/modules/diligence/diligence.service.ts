import crypto from 'node:crypto';
import type { CatalogModule } from '../catalog/index.js';
import type { Ctx } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { allowPrivateOutbound } from '../../platform/outbound-http/index.js';
import { blocklistProvider, consistencyProvider, fmipAttestationProvider, fmipNotApplicableProvider } from './builtin-providers.js';
import { DiligenceErrors as E } from './diligence.errors.js';
import { reportRepository, type StoredResult } from './diligence.repository.js';
import { DiligenceSettings } from './diligence.settings.js';
import { BreakerRegistry, externalProvider } from './external-provider.js';
import { normalizeIdentifier } from './identifiers.js';
import type { DiligenceProvider } from './provider.js';
import { FMIP_RESULT_IDS, FRAUD_RESULT_IDS, worstFmip, worstFraud, type FmipResult, type FraudResult } from './results.js';
import { runProviders } from './runner.js';

/** The latest check of a device, as registration reads it (worst result per kind). */
export interface DiligenceSummary {
  reportId: string;
  itemIdentifier: string;
  variantId: number;
  fraud: FraudResult;
  fmip: FmipResult;
  /**
   * Who said the FMIP status: a provider (`check`), the caller's `FmipAttestation`
   * (`attestation`), or nobody (`null`, fmip `NotChecked`/`NotApplicable`/`Error`/`Lost`).
   */
  fmipSource: 'check' | 'attestation' | null;
  createdAt: Date;
}

export interface CheckInput {
  modelId?: number | null;
  itemIdentifier?: string | null;
  fmipAttestation?: 'Activated' | 'NotActivated' | null;
}

export interface ReportResultView {
  provider: string;
  certId: string;
  result: string;
  resultId: number;
  timestamp: Date;
}

export interface ReportView {
  id: string;
  itemIdentifier: string;
  variantId: number;
  fraud: FraudResult;
  fmip: FmipResult;
  createdAt: Date;
  fraudResults: ReportResultView[];
  fmipResults: ReportResultView[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A certificate id in the seed's style (e.g. `TI-3F2A9C81D0E4:7B1C`) for results without one. */
function certId(): string {
  const hex = crypto.randomBytes(8).toString('hex').toUpperCase();
  return `TI-${hex.slice(0, 12)}:${hex.slice(12)}`;
}

/** Due-diligence checks: runs providers, stores immutable reports, answers registration. */
export class DiligenceService {
  private readonly breakers = new BreakerRegistry();
  private readonly extraProviders: DiligenceProvider[] = [];

  constructor(private readonly catalog: CatalogModule) {}

  /** Adds a provider (plug-in) that runs for every tenant beside the built-in ones. */
  registerProvider(provider: DiligenceProvider): void {
    this.extraProviders.push(provider);
  }

  /** The providers of one check for the tenant, by its settings. */
  private providersFor(ctx: Ctx): DiligenceProvider[] {
    const settings = DiligenceSettings.read(ctx.tenant);
    const list: DiligenceProvider[] = [blocklistProvider, consistencyProvider(this.catalog), fmipNotApplicableProvider];
    const external = settings.external;
    if (external) list.push(externalProvider(external, this.breakers, ctx.tenant.id, allowPrivateOutbound(ctx.tenant)));
    if (!this.hasFmipProvider(ctx)) list.push(fmipAttestationProvider);
    return [...list, ...this.extraProviders];
  }

  /** Whether a Find-My-capable provider checks Apple devices for this tenant (external service or plug-in). */
  hasFmipProvider(ctx: Ctx): boolean {
    return Boolean(DiligenceSettings.read(ctx.tenant).external?.checks.includes('fmip')) || this.extraProviders.some((p) => p.kinds.includes('fmip'));
  }

  /**
   * `POST /duediligence/check`: runs every provider concurrently within the tenant's time
   * budget and stores the report. B160001 without an identifier, N050002 for an unknown model.
   * Returns the report id.
   */
  async check(ctx: Ctx, input: CheckInput): Promise<string> {
    const raw = input.itemIdentifier ?? '';
    if (raw.trim() === '') throw E.B160001();
    const itemIdentifier = normalizeIdentifier(raw);
    const variant = typeof input.modelId === 'number' ? await this.catalog.getVariant(ctx, input.modelId) : null;
    if (!variant) throw E.N050002();
    const settings = DiligenceSettings.read(ctx.tenant);
    const results = await runProviders(
      ctx,
      this.providersFor(ctx),
      { itemIdentifier, variant, fmipAttestation: input.fmipAttestation ?? null },
      settings.budgetMs,
    );
    const rows: StoredResult[] = results.map((r) => ({
      kind: r.kind,
      provider: r.provider,
      certId: r.certId ?? certId(),
      result: r.result,
      resultId: r.kind === 'fraud' ? FRAUD_RESULT_IDS[r.result as FraudResult] : FMIP_RESULT_IDS[r.result as FmipResult],
      detail: r.detail,
      checkedAt: r.checkedAt,
    }));
    const id = crypto.randomUUID();
    await withTransaction(ctx, (tx) =>
      reportRepository.insert(
        tx,
        {
          id,
          variantId: variant.id,
          itemIdentifier,
          // Kept only when it counted (no Find-My provider): then the FMIP result is the attestation's.
          fmipAttestation: this.hasFmipProvider(ctx) ? null : (input.fmipAttestation ?? null),
          fraud: worstFraud(results.filter((r) => r.kind === 'fraud').map((r) => r.result as FraudResult)),
          fmip: worstFmip(results.filter((r) => r.kind === 'fmip').map((r) => r.result as FmipResult)),
          createdByUserId: ctx.actor.userId ?? null,
          createdAt: ctx.clock.now(),
        },
        rows,
      ),
    );
    return id;
  }

  /** `GET /duediligence/report/{id}`: B160003 without an id, N160001 when the tenant has no such report. */
  async getReport(ctx: Ctx, reportId: string | undefined): Promise<ReportView> {
    const id = (reportId ?? '').trim();
    if (id === '') throw E.B160003();
    const found = UUID.test(id) ? await reportRepository.find(ctx, id.toLowerCase()) : null;
    if (!found) throw E.N160001();
    const view = (kind: 'fraud' | 'fmip') =>
      found.results
        .filter((r) => r.kind === kind)
        .map((r) => ({ provider: r.provider, certId: r.certId, result: r.result, resultId: r.resultId, timestamp: r.checkedAt }));
    return {
      id: found.report.id,
      itemIdentifier: found.report.itemIdentifier,
      variantId: found.report.variantId,
      fraud: found.report.fraud,
      fmip: found.report.fmip,
      createdAt: found.report.createdAt,
      fraudResults: view('fraud'),
      fmipResults: view('fmip'),
    };
  }

  /**
   * The latest report for this identifier and model in the tenant, or null (registration:
   * B090009) — also when it is older than the tenant's `reportMaxAgeHours`.
   */
  async latestReportFor(ctx: Ctx, input: { itemIdentifier: string; variantId: number }): Promise<DiligenceSummary | null> {
    const identifier = normalizeIdentifier(input.itemIdentifier ?? '');
    if (!identifier || !Number.isSafeInteger(input.variantId)) return null;
    const r = await reportRepository.latestFor(ctx, identifier, input.variantId);
    if (!r) return null;
    const maxAgeHours = DiligenceSettings.read(ctx.tenant).reportMaxAgeHours;
    if (maxAgeHours !== null && ctx.clock.now().getTime() - r.createdAt.getTime() > maxAgeHours * 3_600_000) return null;
    const decided = r.fmip === 'Activated' || r.fmip === 'NotActivated';
    const fmipSource = !decided ? null : r.fmipAttestation === r.fmip ? 'attestation' : 'check';
    return { reportId: r.id, itemIdentifier: r.itemIdentifier, variantId: r.variantId, fraud: r.fraud, fmip: r.fmip, fmipSource, createdAt: r.createdAt };
  }
}
