import type { Ctx } from '../../../platform/context.js';
import { signToken, verifyToken } from '../../../platform/ids/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { FacilitySettings } from '../facility.settings.js';
import type { FacilityDeps } from '../ports.js';

interface StatusToken extends Record<string, unknown> {
  k: 'fst';
  t: number;
  d: number;
}

/** A signed, expiring link to a device's status page (the token is the credential). */
export function statusLink(deps: Pick<FacilityDeps, 'secret' | 'publicUrl'>, ctx: Ctx, deviceId: number): { url: string; token: string; expiresAt: Date } {
  const expiresAt = new Date(ctx.clock.now().getTime() + FacilitySettings.read(ctx.tenant).statusLinkDays * 86_400_000);
  const token = signToken(deps.secret, { k: 'fst', t: ctx.tenant.id, d: deviceId } satisfies StatusToken, expiresAt);
  return { url: `${deps.publicUrl}/api/v2/public/devices/${token}`, token, expiresAt };
}

/** Which tenant and device a status-page token grants; N400010 when invalid or expired. */
export function readStatusToken(deps: Pick<FacilityDeps, 'secret'>, token: string, now: Date): { tenantId: number; deviceId: number } {
  const p = verifyToken<StatusToken>(deps.secret, token, now);
  if (!p || p.k !== 'fst' || typeof p.t !== 'number' || typeof p.d !== 'number') throw E.N400010();
  return { tenantId: p.t, deviceId: p.d };
}
