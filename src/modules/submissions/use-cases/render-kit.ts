import type { Ctx } from '../../../platform/context.js';
import { renderKitPdf } from '../kit-pdf.js';
import type { KitAddress } from '../ports.js';
import { loadVisible, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';
import { SubmissionsSettings } from '../submissions.settings.js';
import { customerAddress } from './create-kit.js';

/** The facility that receives mail-ins: the configured one, else the tenant's first facility location. */
async function facilityAddress(d: SubmissionsDeps, ctx: Ctx): Promise<KitAddress> {
  const configured = SubmissionsSettings.read(ctx.tenant).facilityLocationId;
  const locations = await d.org.locations.list(ctx);
  const loc =
    locations.find((l) => l.id === configured) ?? locations.find((l) => l.kind === 'facility') ?? locations.find((l) => l.kind === 'warehouse') ?? locations[0];
  const a = loc?.address ?? {};
  return {
    name: loc ? `${ctx.tenant.name} — ${loc.name}` : ctx.tenant.name,
    line1: a.street1 ?? null,
    line2: a.street2 ?? null,
    postalCode: a.postCode ?? null,
    city: a.city ?? null,
    countryCode: a.countryCode ?? null,
    phone: a.phone ?? null,
  };
}

/**
 * The printable kit of an accepted submission (to the facility) or the return label of a
 * declined item (to the customer), for its owner and staff; N410004 before there is one.
 */
export async function renderKit(d: SubmissionsDeps, ctx: Ctx, rawId: string, kind: 'mail_in' | 'return'): Promise<Buffer> {
  const sub = await loadVisible(ctx, rawId);
  const ready = kind === 'return' ? sub.deviceStatus === 'ReturnRequested' || sub.deviceStatus === 'Returned' : !!sub.kitLabelUrl;
  if (!ready) throw E.N410004();
  const [facility, customer] = await Promise.all([facilityAddress(d, ctx), customerAddress(d, ctx, sub.customerUserId)]);
  return renderKitPdf({
    reference: sub.publicId,
    to: kind === 'return' ? customer : facility,
    from: kind === 'return' ? facility : customer,
    locale: ctx.locale,
    kind,
  });
}
