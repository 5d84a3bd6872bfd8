import { withTransaction, type Ctx } from '../../../platform/context.js';
import { PrintableKit, type KitAddress } from '../ports.js';
import { publishChange, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo, type Submission } from '../submissions.repository.js';

/** The customer's address as a label's sender (profile first, then the account). */
export async function customerAddress(d: SubmissionsDeps, ctx: Ctx, userId: number): Promise<KitAddress> {
  const [user, profile] = await Promise.all([d.org.users.findById(ctx, userId), repo.profile(ctx, userId)]);
  const a = profile?.address ?? {};
  const name = [profile?.firstName ?? user?.firstName, profile?.lastName ?? user?.lastName].filter(Boolean).join(' ') || (user?.email ?? '');
  return {
    name,
    line1: a.line1 ?? null,
    line2: a.line2 ?? null,
    postalCode: a.postal_code ?? null,
    city: a.city ?? null,
    countryCode: a.country_code ?? null,
    phone: profile?.phone ?? user?.phone ?? null,
  };
}

/**
 * Produces the shipping kit of an accepted submission through the `MailInKit` port (a carrier
 * label once logistics is wired); when the carrier fails, the printable kit is used so the
 * customer can always send the device.
 */
export async function createKit(d: SubmissionsDeps, ctx: Ctx, sub: Submission): Promise<Submission> {
  const fromAddress = await customerAddress(d, ctx, sub.customerUserId);
  let kit: { shipmentId: string | null; labelUrl: string };
  try {
    kit = await d.kit.createMailInLabel(ctx, { reference: sub.publicId, fromAddress });
  } catch {
    kit = await new PrintableKit(d.publicUrl).createMailInLabel(ctx, { reference: sub.publicId });
  }
  return withTransaction(ctx, async (tx) => {
    await repo.setKit(tx, sub.id, kit, tx.clock.now());
    return publishChange(tx, sub.id, 'submission.kit_created', { label_url: kit.labelUrl, shipment_id: kit.shipmentId });
  });
}
