import type { Actor } from '../../platform/context.js';

/**
 * Which trade-ins an actor may see. Signed-in customers see the ones they registered, store
 * agents those of the location they work at, staff and API keys every one of the tenant.
 */
export type ActorScope = { kind: 'all' } | { kind: 'customer'; userId: number } | { kind: 'location'; locationId: number | null };

export function actorScope(actor: Actor): ActorScope {
  if (actor.kind !== 'user') return { kind: 'all' };
  if (actor.role === 'customer') return { kind: 'customer', userId: actor.userId ?? 0 };
  if (actor.role === 'agent') return { kind: 'location', locationId: actor.locationId ?? null };
  return { kind: 'all' };
}

/** Whether a trade-in (its owner and location) is within `scope`. */
export function inScope(scope: ActorScope, t: { customerUserId: number | null; locationId: number | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'customer':
      return t.customerUserId !== null && t.customerUserId === scope.userId;
    case 'location':
      return scope.locationId !== null && t.locationId === scope.locationId;
  }
}
