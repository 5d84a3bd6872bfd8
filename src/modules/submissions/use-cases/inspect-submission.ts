import { randomUUID } from 'node:crypto';
import { withTransaction, type Ctx } from '../../../platform/context.js';
import { toMinor } from '../../../platform/money/index.js';
import { conflict, loadVisible, publishChange, recordChange, requireActor, STAFF_ROLES, type SubmissionsDeps } from '../shared.js';
import { SubmissionsSettings } from '../submissions.settings.js';
import { submissionsRepository as repo, type Condition, type Submission } from '../submissions.repository.js';
import { queueCompletion } from './complete-submission.js';

export type InspectInput =
  | { action: 'start' }
  | { action: 'complete'; finalAmount?: number | null; condition?: Condition | null; notes?: string | null; photos?: string[] }
  | { action: 'reject'; notes?: string | null };

/**
 * `POST /submissions/{id}/inspect` (staff). `start` marks the bench work begun (status stays
 * received). `complete` confirms the final valuation (received → inspected): at or above the
 * accepted offer the credit is queued at once (completed by the system); below it the customer
 * gets a final offer to accept or decline. `reject` declines the item (it goes back).
 * The lead routes this through the facility's inspection at merge.
 */
export async function inspectSubmission(d: SubmissionsDeps, ctx: Ctx, rawId: string, input: InspectInput): Promise<Submission> {
  requireActor(ctx, STAFF_ROLES);
  const sub = await loadVisible(ctx, rawId);
  if (!sub.deviceId || sub.deviceStatus !== 'Received')
    return conflict(ctx, sub.id, input.action === 'start' ? 'inspected' : input.action === 'reject' ? 'declined' : 'inspected');
  const deviceId = sub.deviceId;
  if (input.action === 'start') {
    return withTransaction(ctx, async (tx) => {
      if (!(await repo.startInspection(tx, sub.id, tx.clock.now()))) return conflict(tx, sub.id, 'inspected');
      return publishChange(tx, sub.id, 'submission.inspection_started');
    });
  }
  if (input.action === 'reject') {
    return withTransaction(ctx, async (tx) => {
      if (!(await d.tradeins.transitionDevice(tx, deviceId, 'ReturnRequested', { from: ['Received'], source: 'upgrade', note: input.notes ?? null })))
        return conflict(tx, sub.id, 'declined');
      await repo.noteDecline(tx, sub.id, 'staff', input.notes ?? null, tx.clock.now());
      return recordChange(d, tx, sub.id, 'declined', { note: input.notes ?? null, email: 'declined', event: 'submission.rejected' });
    });
  }
  const accepted = sub.acceptedAmountMinor ?? 0;
  const finalMinor = input.finalAmount !== undefined && input.finalAmount !== null ? toMinor(input.finalAmount, sub.currency) : accepted;
  const grade = input.condition ?? sub.condition;
  return withTransaction(ctx, async (tx) => {
    if (!(await d.tradeins.transitionDevice(tx, deviceId, 'Inspected', { from: ['Received'], source: 'upgrade', note: input.notes ?? null })))
      return conflict(tx, sub.id, 'inspected');
    await d.tradeins.recordFinalValuation(tx, deviceId, { priceMinor: finalMinor, grade, reason: input.notes ?? null, photoIds: input.photos ?? [] });
    const now = tx.clock.now();
    if (finalMinor >= accepted) {
      // Not less than agreed: nothing for the customer to decide; the system issues the credit.
      await d.tradeins.applyCustomerDecision({ ...tx, actor: { kind: 'system' } }, deviceId, 'approved');
      await queueCompletion(tx, sub.id);
      return recordChange(d, tx, sub.id, 'inspected', { note: input.notes ?? null, email: 'inspected', amountMinor: finalMinor });
    }
    const expiresAt = new Date(now.getTime() + SubmissionsSettings.read(tx.tenant).offerTtlDays * 86_400_000);
    const offerId = randomUUID();
    await repo.supersedeOpenOffers(tx, sub.id, now);
    await repo.insertOffer(
      tx,
      {
        id: offerId,
        submissionId: sub.id,
        kind: 'final',
        amountMinor: finalMinor,
        currency: sub.currency,
        suggestedMinor: null,
        notes: input.notes ?? null,
        expiresAt,
        createdBy: ctx.actor.userId ?? null,
      },
      now,
    );
    return recordChange(d, tx, sub.id, 'inspected', {
      note: input.notes ?? null,
      email: 'final_offer',
      amountMinor: finalMinor,
      expiresAt,
      extra: { offer_id: `offer_${offerId}` },
    });
  });
}
