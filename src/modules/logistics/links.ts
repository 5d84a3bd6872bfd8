import { signToken, verifyToken } from '../../platform/ids/index.js';
import type { Ctx } from '../../platform/context.js';
import type { LogisticsDeps } from './deps.js';
import { LogisticsErrors as E } from './logistics.errors.js';
import { LogisticsSettings } from './logistics.settings.js';

interface LinkPayload extends Record<string, unknown> {
  p: 'label' | 'track';
  t: number;
  id: number;
  /** Label links: the stored label they grant (a replaced label's old link stops working). */
  k?: string;
}

/** A signed, expiring download link of a shipment's current label. */
export function labelLink(deps: LogisticsDeps, ctx: Ctx, shipmentId: number, labelKey: string): { url: string; expiresAt: Date } {
  const expiresAt = new Date(ctx.clock.now().getTime() + LogisticsSettings.read(ctx.tenant).labelLinkTtlMinutes * 60_000);
  const token = signToken(deps.secret, { p: 'label', t: ctx.tenant.id, id: shipmentId, k: labelKey }, expiresAt);
  return { url: `${deps.publicUrl}/api/v2/public/shipments/label/${token}`, expiresAt };
}

/** The tracking page of a shipment (the label's QR code). */
export function trackingLink(deps: LogisticsDeps, ctx: Ctx, shipmentId: number): string {
  const expiresAt = new Date(ctx.clock.now().getTime() + LogisticsSettings.read(ctx.tenant).trackingLinkTtlDays * 86_400_000);
  return `${deps.publicUrl}/api/v2/public/shipments/track/${signToken(deps.secret, { p: 'track', t: ctx.tenant.id, id: shipmentId }, expiresAt)}`;
}

/** Reads a link token: tenant, shipment and (labels) the label key; N250006 when invalid or expired. */
export function readLink(
  deps: LogisticsDeps,
  token: string,
  now: Date,
  purpose: 'label' | 'track',
): { tenantId: number; shipmentId: number; labelKey: string | null } {
  const p = verifyToken<LinkPayload>(deps.secret, token, now);
  if (!p || p.p !== purpose || typeof p.t !== 'number' || typeof p.id !== 'number') throw E.N250006({ id: '?' });
  return { tenantId: p.t, shipmentId: p.id, labelKey: typeof p.k === 'string' ? p.k : null };
}
