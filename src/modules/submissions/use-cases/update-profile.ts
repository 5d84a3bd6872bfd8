import { withTransaction, type Ctx } from '../../../platform/context.js';
import { requireActor, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo, type PayoutMethod } from '../submissions.repository.js';
import { getProfile, type ProfileView } from './get-profile.js';

export interface ProfileInput {
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  address?: Record<string, string | null> | null;
  preferredPayout?: PayoutMethod | null;
}

/** Updates the given fields of the signed-in customer's profile (labels and payouts use it). */
export async function updateProfile(d: SubmissionsDeps, ctx: Ctx, input: ProfileInput): Promise<ProfileView> {
  const userId = requireActor(ctx);
  const current = await getProfile(d, ctx);
  await withTransaction(ctx, (tx) =>
    repo.saveProfile(
      tx,
      userId,
      {
        firstName: input.firstName ?? current.firstName,
        lastName: input.lastName ?? current.lastName,
        phone: input.phone !== undefined ? input.phone : current.phone,
        address: input.address !== undefined ? input.address : current.address,
        preferredPayout: input.preferredPayout !== undefined ? input.preferredPayout : current.preferredPayout,
      },
      tx.clock.now(),
    ),
  );
  return getProfile(d, ctx);
}
