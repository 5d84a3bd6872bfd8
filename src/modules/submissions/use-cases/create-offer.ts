import { randomUUID } from 'node:crypto';
import { withTransaction, type Ctx } from '../../../platform/context.js';
import { toMinor } from '../../../platform/money/index.js';
import { parseSubmissionId } from '../ids.js';
import { conflict, OFFER_ROLES, recordChange, requireActor, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';
import { SubmissionsSettings } from '../submissions.settings.js';
import { submissionsRepository as repo, type Offer } from '../submissions.repository.js';
import { suggestOffer } from './suggest-offer.js';

export interface CreateOfferInput {
  submissionId: string;
  /** Major units; default: the suggested offer (valuation × condition modifier). */
  amount?: number | null;
  notes?: string | null;
  expiresAt?: Date | null;
}

/**
 * An admin offers an amount for a submitted item (submitted → offered). A submission already
 * offered can be offered again (the open offer is replaced), e.g. after the first expired.
 */
export async function createOffer(d: SubmissionsDeps, ctx: Ctx, input: CreateOfferInput): Promise<Offer> {
  const userId = requireActor(ctx, OFFER_ROLES);
  const publicId = parseSubmissionId(input.submissionId);
  const sub = publicId ? await repo.findByPublicId(ctx, publicId) : null;
  if (!sub) throw E.N410001({ id: input.submissionId });
  const now = ctx.clock.now();
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + SubmissionsSettings.read(ctx.tenant).offerTtlDays * 86_400_000);
  if (expiresAt.getTime() <= now.getTime()) throw E.B410006();
  const suggestion = await suggestOffer(d, ctx, sub);
  const amountMinor = input.amount !== undefined && input.amount !== null ? toMinor(input.amount, sub.currency) : suggestion?.suggestedMinor;
  if (amountMinor === undefined) throw E.B410009();
  const id = randomUUID();
  await withTransaction(ctx, async (tx) => {
    if (!(await repo.setStatus(tx, sub.id, ['submitted', 'offered'], 'offered', now))) return conflict(tx, sub.id, 'offered');
    await repo.supersedeOpenOffers(tx, sub.id, now);
    await repo.insertOffer(
      tx,
      {
        id,
        submissionId: sub.id,
        kind: 'initial',
        amountMinor,
        currency: sub.currency,
        suggestedMinor: suggestion?.suggestedMinor ?? null,
        notes: input.notes ?? null,
        expiresAt,
        createdBy: userId || null,
      },
      now,
    );
    await recordChange(d, tx, sub.id, 'offered', { note: input.notes ?? null, email: 'offered', amountMinor, expiresAt, extra: { offer_id: `offer_${id}` } });
  });
  return (await repo.findOffer(ctx, id))!;
}
