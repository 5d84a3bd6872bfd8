import { withTransaction, type Ctx } from '../../../platform/context.js';
import { registerFromOffer } from '../../tradeins/index.js';
import { parseUuidId } from '../ids.js';
import { conflict, emailCustomer, recordChange, requireActor, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';
import { submissionsRepository as repo, type Offer, type Submission } from '../submissions.repository.js';
import { createKit, customerAddress } from './create-kit.js';
import { queueCompletion } from './complete-submission.js';

export interface OfferAnswer {
  action: 'accept' | 'decline';
  reason?: string | null;
}

async function openOffer(ctx: Ctx, rawId: string): Promise<Offer> {
  const userId = requireActor(ctx);
  const id = parseUuidId(rawId, 'offer_');
  const offer = id ? await repo.findOffer(ctx, id) : null;
  // Only the customer answers; anyone else (another customer, staff) does not see it as theirs.
  if (!offer || offer.customerUserId !== userId) throw E.N410002({ id: rawId });
  if (offer.status !== 'open') throw E.B410004({ status: offer.status });
  return offer;
}

/**
 * The customer accepts or declines an offer. An initial offer accepted: offered → accepted, a
 * trade-in device is registered at the offer's amount and the shipping kit is produced. A final
 * offer (after inspection) accepted: the device's value is confirmed and the credit is queued;
 * declined: the device goes back to the customer. Expired offers cannot be accepted (B410003).
 */
export async function respondToOffer(d: SubmissionsDeps, ctx: Ctx, rawId: string, answer: OfferAnswer): Promise<{ offer: Offer; submission: Submission }> {
  const offer = await openOffer(ctx, rawId);
  const now = ctx.clock.now();
  if (answer.action === 'accept' && offer.expiresAt.getTime() <= now.getTime()) throw E.B410003({ expiresAt: offer.expiresAt.toISOString() });
  const to = answer.action === 'accept' ? 'accepted' : 'declined';
  let submission =
    offer.kind === 'initial' ? await answerInitial(d, ctx, offer, to, answer.reason ?? null) : await answerFinal(d, ctx, offer, to, answer.reason ?? null);
  if (offer.kind === 'initial' && to === 'accepted') {
    submission = await createKit(d, ctx, submission);
    const withKit = submission;
    await withTransaction(ctx, (tx) => emailCustomer(d, tx, withKit, 'accepted', { amountMinor: offer.amountMinor }));
  }
  return { offer: (await repo.findOffer(ctx, offer.id))!, submission };
}

async function answerInitial(d: SubmissionsDeps, ctx: Ctx, offer: Offer, to: 'accepted' | 'declined', reason: string | null): Promise<Submission> {
  const sub = (await repo.findById(ctx, offer.submissionId))!;
  const client = to === 'accepted' ? await customerAddress(d, ctx, sub.customerUserId) : null;
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    if (!(await repo.decideOffer(tx, offer.id, to, now))) return offerConflict(tx, offer);
    if (to === 'declined') {
      if (!(await repo.setStatus(tx, sub.id, ['offered'], 'declined', now, { declinedBy: 'customer', declineReason: reason })))
        return conflict(tx, sub.id, 'declined');
      return recordChange(d, tx, sub.id, 'declined', { note: reason, email: 'declined', event: 'offer.declined', extra: { offer_id: `offer_${offer.id}` } });
    }
    const [first, ...rest] = (client?.name ?? '').split(' ');
    const tradeIn = await registerFromOffer(tx, {
      offerId: offer.id,
      variantId: sub.variantId,
      itemGroupKey: sub.itemGroupKey,
      productName: sub.productName,
      identifier: sub.serialNumber ?? sub.publicId,
      condition: sub.condition,
      priceMinor: offer.amountMinor,
      currency: offer.currency,
      clientFirstName: first || null,
      clientLastName: rest.join(' ') || null,
      reference: sub.publicId,
    });
    const deviceId = tradeIn.devices[0].id;
    const accepted = { tradeInId: tradeIn.id, deviceId, amountMinor: offer.amountMinor };
    if (!(await repo.setStatus(tx, sub.id, ['offered'], 'accepted', now, { accepted }))) return conflict(tx, sub.id, 'accepted');
    return recordChange(d, tx, sub.id, 'accepted', {
      event: 'offer.accepted',
      extra: { offer_id: `offer_${offer.id}`, trade_in_id: tradeIn.id, device_id: deviceId },
    });
  });
}

async function answerFinal(d: SubmissionsDeps, ctx: Ctx, offer: Offer, to: 'accepted' | 'declined', reason: string | null): Promise<Submission> {
  const sub = (await repo.findById(ctx, offer.submissionId))!;
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    if (!(await repo.decideOffer(tx, offer.id, to, now))) return offerConflict(tx, offer);
    if (!sub.deviceId || !(await d.tradeins.applyCustomerDecision(tx, sub.deviceId, to === 'accepted' ? 'approved' : 'rejected')))
      return conflict(tx, sub.id, to);
    if (to === 'accepted') {
      await queueCompletion(tx, sub.id);
      return recordChange(d, tx, sub.id, 'inspected', { event: 'offer.accepted', note: 'final offer accepted', extra: { offer_id: `offer_${offer.id}` } });
    }
    await repo.noteDecline(tx, sub.id, 'customer', reason, now);
    return recordChange(d, tx, sub.id, 'declined', { note: reason, email: 'declined', event: 'offer.declined', extra: { offer_id: `offer_${offer.id}` } });
  });
}

async function offerConflict(ctx: Ctx, offer: Offer): Promise<never> {
  const now = await repo.findOffer(ctx, offer.id);
  if (now?.status === 'open') throw E.B410003({ expiresAt: now.expiresAt.toISOString() });
  throw E.B410004({ status: now?.status ?? 'unknown' });
}
