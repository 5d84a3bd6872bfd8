import { describe, expect, it } from 'vitest';
import { actorScope, inScope } from './actor-scope.js';

describe('actor scope', () => {
  it('customers see their own, agents their location, staff and keys everything', () => {
    const mine = { customerUserId: 7, locationId: 3 };
    expect(inScope(actorScope({ kind: 'user', role: 'customer', userId: 7 }), mine)).toBe(true);
    expect(inScope(actorScope({ kind: 'user', role: 'customer', userId: 8 }), mine)).toBe(false);
    expect(inScope(actorScope({ kind: 'user', role: 'customer', userId: 8 }), { customerUserId: null, locationId: 3 })).toBe(false);
    expect(inScope(actorScope({ kind: 'user', role: 'agent', userId: 1, locationId: 3 }), mine)).toBe(true);
    expect(inScope(actorScope({ kind: 'user', role: 'agent', userId: 1, locationId: 4 }), mine)).toBe(false);
    expect(inScope(actorScope({ kind: 'user', role: 'agent', userId: 1 }), mine)).toBe(false);
    expect(inScope(actorScope({ kind: 'user', role: 'admin', userId: 1 }), mine)).toBe(true);
    expect(inScope(actorScope({ kind: 'apikey', userId: 1, locationId: 9 }), mine)).toBe(true);
  });
});
