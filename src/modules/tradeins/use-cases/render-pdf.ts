import type { Ctx } from '../../../platform/context.js';
import { moduleBeside } from '../../../platform/render/index.js';
import type { PdfInput } from '../pdf.js';
import type { CampaignView } from '../ports.js';
import { signaturesRepository as signatures } from '../repositories/signatures.repository.js';
import { TradeinsSettings } from '../tradeins.settings.js';
import type { TradeInKind } from '../tradeins.types.js';
import { findVisible } from './access.js';
import type { TradeinsEnv } from './env.js';
import { assertDownloadable } from './signed-links.js';

/** The module the render pool loads for the confirmation PDF (pdf.ts, one folder up). */
const PDF_MODULE = moduleBeside(import.meta.url, '../pdf');

/** The confirmation PDF of a trade-in (or of a temporary one), rendered off the event loop. */
export async function renderPdf(env: TradeinsEnv, ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<Buffer> {
  const t = await findVisible(ctx, id, kind);
  const settings = TradeinsSettings.read(ctx.tenant);
  const [location, agent, signed] = await Promise.all([
    t.locationId ? env.deps.org.locations.findById(ctx, t.locationId) : null,
    t.agentUserId ? env.deps.org.users.findById(ctx, t.agentUserId) : null,
    signatures.signatures(ctx, id),
  ]);
  let campaign: CampaignView | null = null;
  const campaigns = env.optionalPort('campaigns');
  if (t.campaignId && campaigns) campaign = await campaigns.getCampaign(ctx, t.campaignId);
  const input: PdfInput = {
    tradeIn: t,
    programmeName: ctx.tenant.name,
    locale: ctx.locale,
    locationName: location?.name ?? t.locationRef,
    agentName: agent ? `${agent.firstName} ${agent.lastName}`.trim() || agent.email : t.agentRef,
    campaign: campaign ? { name: campaign.name, terms: campaign.termsAndConditions ?? null } : null,
    terms: settings.terms[ctx.locale] ?? settings.terms.en ?? null,
    signatures: signed,
  };
  return env.deps.renderer.render({ module: PDF_MODULE, exportName: 'renderTradeInPdf', input });
}

/** The PDF behind a download link (N090091 once the trade-in is cancelled). */
export async function downloadPdf(env: TradeinsEnv, ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<Buffer> {
  await assertDownloadable(ctx, id, kind);
  return renderPdf(env, ctx, id, kind);
}
