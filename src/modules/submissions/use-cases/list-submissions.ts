import type { Ctx } from '../../../platform/context.js';
import { isStaff, requireActor } from '../shared.js';
import type { SeedStatus } from '../status.js';
import { submissionsRepository as repo, type Submission } from '../submissions.repository.js';

/** A customer's own submissions, or (staff) the tenant's, newest first, optionally by seed status. */
export async function listSubmissions(ctx: Ctx, q: { status?: SeedStatus; limit: number; offset: number }): Promise<{ rows: Submission[]; total: number }> {
  const userId = requireActor(ctx);
  return repo.list(ctx, { ...q, customerUserId: isStaff(ctx) ? undefined : userId });
}
