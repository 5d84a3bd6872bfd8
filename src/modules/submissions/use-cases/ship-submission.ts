import { withTransaction, type Ctx } from '../../../platform/context.js';
import { conflict, loadVisible, OFFER_ROLES, recordChange, requireActor, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo, type Submission } from '../submissions.repository.js';
import { createKit } from './create-kit.js';

/**
 * `POST /submissions/{id}/ship` (staff):
 * - `kit`: (re)sends the shipping kit of an accepted submission;
 * - `shipped`: the parcel was handed to the carrier (accepted → shipped);
 * - `return`: a return label for a declined item at the facility (the device goes back).
 * Without an action: `shipped` while accepted, `return` when the item was declined at the facility.
 */
export async function shipSubmission(d: SubmissionsDeps, ctx: Ctx, rawId: string, action?: 'kit' | 'shipped' | 'return'): Promise<Submission> {
  requireActor(ctx, OFFER_ROLES);
  const sub = await loadVisible(ctx, rawId);
  const chosen = action ?? (sub.deviceStatus === 'ReturnRequested' ? 'return' : 'shipped');
  if (chosen === 'kit') {
    if (sub.status !== 'accepted') return conflict(ctx, sub.id, 'sent a shipping kit');
    const withKit = await createKit(d, ctx, sub);
    return withTransaction(ctx, (tx) =>
      recordChange(d, tx, sub.id, 'accepted', {
        note: 'shipping kit sent again',
        email: 'accepted',
        amountMinor: sub.acceptedAmountMinor,
        event: 'submission.kit_sent',
      }).then(() => withKit),
    );
  }
  if (chosen === 'return') return returnItem(d, ctx, sub);
  return markShipped(d, ctx, sub.id, 'staff');
}

/**
 * The device is in transit to the facility (accepted → shipped). Called by staff, and by the
 * logistics module on the carrier's hand-over event (`source: 'carrier'`).
 */
export async function markShipped(d: SubmissionsDeps, ctx: Ctx, submissionId: number, source: 'staff' | 'carrier'): Promise<Submission> {
  const sub = await repo.findById(ctx, submissionId);
  if (!sub?.deviceId) return conflict(ctx, submissionId, 'shipped');
  const deviceId = sub.deviceId;
  return withTransaction(ctx, async (tx) => {
    if (!(await d.tradeins.transitionDevice(tx, deviceId, 'Shipped', { from: ['Registered', 'Packed'], source: 'upgrade', note: source })))
      return conflict(tx, sub.id, 'shipped');
    return recordChange(d, tx, sub.id, 'shipped', { note: source, email: 'shipped' });
  });
}

async function returnItem(d: SubmissionsDeps, ctx: Ctx, sub: Submission): Promise<Submission> {
  if (!sub.deviceId) return conflict(ctx, sub.id, 'returned');
  const deviceId = sub.deviceId;
  const labelUrl = returnLabelUrl(d, ctx, sub.publicId);
  return withTransaction(ctx, async (tx) => {
    if (!(await d.tradeins.transitionDevice(tx, deviceId, 'Returned', { from: ['ReturnRequested'], source: 'upgrade', note: 'return label' })))
      return conflict(tx, sub.id, 'returned');
    await recordChange(d, tx, sub.id, 'declined', { note: 'returned to the customer', event: 'submission.returned', extra: { label_url: labelUrl } });
    return (await repo.findById(tx, sub.id))!;
  });
}

/** The printable return label (facility → customer) of a declined item. */
export function returnLabelUrl(d: Pick<SubmissionsDeps, 'publicUrl'>, ctx: Ctx, publicId: string): string {
  return `${d.publicUrl}/api/${ctx.tenant.slug}/submissions/${publicId}/kit?kind=return`;
}
