import type { Ctx } from '../../../platform/context.js';
import { requireActor, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo, type PayoutMethod } from '../submissions.repository.js';

export interface ProfileView {
  uid: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  address: Record<string, string | null> | null;
  preferredPayout: PayoutMethod | null;
}

/** The signed-in customer's profile: what they set in the portal over their account's data. */
export async function getProfile(d: SubmissionsDeps, ctx: Ctx): Promise<ProfileView> {
  const userId = requireActor(ctx);
  const [user, p] = await Promise.all([d.org.users.findById(ctx, userId), repo.profile(ctx, userId)]);
  return {
    uid: user!.uid,
    email: user!.email,
    firstName: p?.firstName ?? user!.firstName,
    lastName: p?.lastName ?? user!.lastName,
    phone: p?.phone ?? user!.phone,
    address: p?.address ?? null,
    preferredPayout: p?.preferredPayout ?? null,
  };
}
