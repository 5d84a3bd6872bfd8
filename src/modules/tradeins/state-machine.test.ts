import { describe, expect, it } from 'vitest';
import { DEVICE_STATUSES, DEVICE_TRANSITIONS, allowedFrom, canTransition, identifierBlock } from './state-machine.js';

describe('device state machine', () => {
  it('allows the documented lifecycle', () => {
    expect(canTransition('Temporary', 'Registered')).toBe(true);
    expect(canTransition('Registered', 'Cancelled')).toBe(true);
    expect(canTransition('Registered', 'Valuated')).toBe(true);
    expect(canTransition('Valuated', 'Accepted')).toBe(true);
    expect(canTransition('Valuated', 'ReturnRequested')).toBe(true);
    expect(canTransition('Accepted', 'Completed')).toBe(true);
  });

  it('refuses going back or leaving terminal states', () => {
    expect(canTransition('Valuated', 'Registered')).toBe(false);
    expect(canTransition('Accepted', 'Cancelled')).toBe(false);
    expect(canTransition('Cancelled', 'Registered')).toBe(false);
    for (const s of ['Cancelled', 'Expired', 'Completed', 'Returned'] as const) expect(DEVICE_TRANSITIONS[s]).toEqual([]);
  });

  it('only mentions known statuses', () => {
    for (const s of DEVICE_STATUSES) for (const t of DEVICE_TRANSITIONS[s]) expect(DEVICE_STATUSES).toContain(t);
  });

  it('computes the statuses a transition may start from', () => {
    expect(allowedFrom('Cancelled').sort()).toEqual(['Fraud', 'Missing', 'Packed', 'Registered', 'Temporary', 'Withheld']);
    expect(allowedFrom('Accepted')).toEqual(['Valuated']);
    expect(allowedFrom('Valuated').sort()).toEqual(['Inspected', 'Received', 'Registered', 'Shipped', 'Valuated']);
  });

  it('classifies how a known identifier blocks a registration', () => {
    expect(identifierBlock('Registered')).toBe('unfinished');
    expect(identifierBlock('Temporary')).toBe('unfinished');
    expect(identifierBlock('Received')).toBe('in_stock');
    expect(identifierBlock('Packed')).toBe('unfinished');
    expect(identifierBlock('Fraud')).toBe('in_stock');
    expect(identifierBlock('Completed')).toBe('registered');
    expect(identifierBlock('Cancelled')).toBeNull();
    expect(identifierBlock('Returned')).toBeNull();
  });
});
