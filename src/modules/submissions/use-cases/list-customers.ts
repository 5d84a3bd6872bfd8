import type { Ctx } from '../../../platform/context.js';
import { requireActor, STAFF_ROLES } from '../shared.js';
import { submissionsRepository as repo } from '../submissions.repository.js';

/** Admin: the tenant's customers, searchable (name, e-mail, phone, submission id, serial), with submission counts per status. */
export function listCustomers(ctx: Ctx, q: { q?: string | null; limit: number; offset: number }) {
  requireActor(ctx, STAFF_ROLES);
  return repo.customers(ctx, { q: q.q?.trim() || null, limit: q.limit, offset: q.offset });
}
