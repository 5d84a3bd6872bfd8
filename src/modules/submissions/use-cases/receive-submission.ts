import { withTransaction, type Ctx } from '../../../platform/context.js';
import { conflict, loadVisible, recordChange, requireActor, STAFF_ROLES, type SubmissionsDeps } from '../shared.js';
import type { Submission } from '../submissions.repository.js';

/**
 * The facility received the device (shipped → received; also straight from accepted when the
 * customer hands it in). The lead routes this through the facility's receiving at merge.
 */
export async function receiveSubmission(d: SubmissionsDeps, ctx: Ctx, rawId: string, note?: string | null): Promise<Submission> {
  requireActor(ctx, STAFF_ROLES);
  const sub = await loadVisible(ctx, rawId);
  if (!sub.deviceId) return conflict(ctx, sub.id, 'received');
  const deviceId = sub.deviceId;
  return withTransaction(ctx, async (tx) => {
    const moved = await d.tradeins.transitionDevice(tx, deviceId, 'Received', {
      from: ['Registered', 'Packed', 'Shipped', 'Missing'],
      source: 'upgrade',
      note: note ?? null,
    });
    if (!moved) return conflict(tx, sub.id, 'received');
    return recordChange(d, tx, sub.id, 'received', { note: note ?? null, email: 'received' });
  });
}
