import { withTransaction, type Ctx } from '../../../platform/context.js';
import { enqueueOutbox, type StoredOutboxMessage } from '../../../platform/outbox/index.js';
import { recordChange, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo, type Submission } from '../submissions.repository.js';

/** Outbox topic: issue the credit of a submission whose final value is confirmed. */
export const COMPLETE_TOPIC = 'submissions.complete';

/** Queues the completion in the caller's transaction (it runs once the confirmation commits). */
export async function queueCompletion(tx: Ctx, submissionId: number): Promise<void> {
  await enqueueOutbox(tx.db, {
    tenantId: tx.tenant.id,
    topic: COMPLETE_TOPIC,
    payload: { submissionId },
    dedupeKey: `submission-complete:${submissionId}`,
    availableAt: tx.clock.now(),
  });
}

/**
 * The system issues the credit (seed 001: completed, actor System): the device moves Accepted →
 * Completed and the payout is recorded with the customer's preferred method (store credit by
 * default). Idempotent: a submission already completed is returned as it is.
 */
export async function completeSubmission(d: SubmissionsDeps, ctx: Ctx, submissionId: number): Promise<Submission | null> {
  return withTransaction(ctx, async (tx) => {
    const sub = await repo.findById(tx, submissionId);
    if (!sub?.deviceId) return null;
    const moved = await d.tradeins.transitionDevice(tx, sub.deviceId, 'Completed', { from: ['Accepted'], source: 'upgrade', note: 'credit issued' });
    if (!moved) return sub;
    const profile = await repo.profile(tx, sub.customerUserId);
    const amountMinor = sub.finalPriceMinor ?? sub.acceptedAmountMinor ?? 0;
    const method = profile?.preferredPayout ?? 'store_credit';
    await repo.recordPayout(tx, sub.id, amountMinor, method, tx.clock.now());
    return recordChange(d, tx, sub.id, 'completed', { email: 'completed', amountMinor, extra: { payout_amount_minor: amountMinor, payout_method: method } });
  });
}

/** The outbox handler of {@link COMPLETE_TOPIC}. */
export function completionHandler(d: SubmissionsDeps) {
  return async (msg: StoredOutboxMessage): Promise<void> => {
    const tenant = await d.findTenant(msg.tenantId);
    if (!tenant) return;
    const ctx: Ctx = { tenant, actor: { kind: 'system' }, db: d.db, clock: d.clock, locale: 'en', requestId: `outbox-${msg.id}` };
    await completeSubmission(d, ctx, Number((msg.payload as { submissionId: number }).submissionId));
  };
}
