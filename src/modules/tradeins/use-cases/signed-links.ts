import type { Ctx } from '../../../platform/context.js';
import { signToken, verifyToken } from '../../../platform/ids/index.js';
import { tradeInsRepository as tradeIns } from '../repositories/trade-ins.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import { TradeinsSettings } from '../tradeins.settings.js';
import type { TradeIn, TradeInKind } from '../tradeins.types.js';
import { findVisible, visibleToKey } from './access.js';
import type { TradeinsEnv } from './env.js';

/**
 * Signed links (`signToken`: tenant, trade-in, purpose, expiry) under `/api/v2/public/...`: the
 * PDF download (`pdfLinkTtlMinutes`, needs no login) and the read-only view
 * (`publicLinkTtlDays`). Refused for cancelled trade-ins and re-checked when opened.
 */
export type LinkPurpose = 'pdf' | 'pdf-temp' | 'public' | 'public-temp';

interface LinkPayload extends Record<string, unknown> {
  p: LinkPurpose;
  t: number;
  id: number;
  l?: string;
}

function assertTempLinkable(t: TradeIn, now: Date): void {
  if (t.status === 'Cancelled') throw E.B220003({ id: t.id });
  if (t.status === 'Confirmed') throw E.B220004({ id: t.id });
  if (t.expiresAt && t.expiresAt.getTime() <= now.getTime()) throw E.B220002({ id: t.id });
}

/** A signed, short-lived download link of the PDF (`pdfLinkTtlMinutes`); refused for a cancelled trade-in. */
export async function pdfLink(env: TradeinsEnv, ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<{ url: string; expiresAt: Date }> {
  const t = await findVisible(ctx, id, kind);
  if (t.status === 'Cancelled') throw E.B210002({ id });
  const expiresAt = new Date(ctx.clock.now().getTime() + TradeinsSettings.read(ctx.tenant).pdfLinkTtlMinutes * 60_000);
  const token = signToken(env.deps.secret, { p: kind === 'final' ? 'pdf' : 'pdf-temp', t: ctx.tenant.id, id, l: ctx.locale } satisfies LinkPayload, expiresAt);
  return { url: `${env.deps.publicUrl}/api/v2/public/tradeins/pdf/${token}`, expiresAt };
}

/** A signed read-only link of a trade-in (refused for cancelled ones) or a temporary one (refused unless open). */
export async function publicLink(env: TradeinsEnv, ctx: Ctx, id: number, temporary: boolean): Promise<{ url: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  const t = Number.isSafeInteger(id) ? await tradeIns.findTradeIn(ctx, id, temporary ? 'temporary' : 'final') : null;
  if (temporary) {
    if (!visibleToKey(ctx, t)) throw E.N220001({ id });
    assertTempLinkable(t, now);
  } else {
    if (!visibleToKey(ctx, t)) throw E.N210001({ id });
    if (t.status === 'Cancelled') throw E.B210002({ id });
  }
  const expiresAt = new Date(now.getTime() + TradeinsSettings.read(ctx.tenant).publicLinkTtlDays * 86_400_000);
  const token = signToken(env.deps.secret, { p: temporary ? 'public-temp' : 'public', t: ctx.tenant.id, id } satisfies LinkPayload, expiresAt);
  return { url: `${env.deps.publicUrl}/api/v2/public/tradeins/${token}`, expiresAt };
}

/** Reads a link token: which tenant and trade-in it grants, or N090091. */
export function readLink(
  env: TradeinsEnv,
  token: string,
  now: Date,
  purposes: LinkPurpose[],
): { tenantId: number; id: number; purpose: LinkPurpose; locale: string | null } {
  const p = verifyToken<LinkPayload>(env.deps.secret, token, now);
  if (!p || !purposes.includes(p.p) || typeof p.t !== 'number' || typeof p.id !== 'number') throw E.N090091();
  return { tenantId: p.t, id: p.id, purpose: p.p, locale: p.l ?? null };
}

/** What a public link shows: the trade-in, re-checked at access time. */
export async function publicView(ctx: Ctx, id: number, temporary: boolean): Promise<TradeIn> {
  const t = await tradeIns.findTradeIn(ctx, id, temporary ? 'temporary' : 'final');
  if (!t) throw E.N090091();
  if (temporary) assertTempLinkable(t, ctx.clock.now());
  else if (t.status === 'Cancelled') throw E.B210002({ id });
  return t;
}

/**
 * Whether a download link still leads to a PDF: the link is bound to the trade-in's state, so
 * once the trade-in is cancelled the link is gone (N090091), however long its signature is valid.
 */
export async function assertDownloadable(ctx: Ctx, id: number, kind: TradeInKind): Promise<void> {
  const t = Number.isSafeInteger(id) ? await tradeIns.findTradeIn(ctx, id, kind) : null;
  if (!t || t.status === 'Cancelled') throw E.N090091();
}
