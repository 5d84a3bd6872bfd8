import { describe, expect, it } from 'vitest';
import { DEVICE_STATUSES } from '../tradeins/index.js';
import { currentOffer, DEVICE_TO_SEED, isReturning, offerStatusAt, seedStatus, seedStatusSql } from './status.js';
import { parseProductId, parseSubmissionId, parseUuidId, newSubmissionId } from './ids.js';

describe('seed 001 status of a submission', () => {
  it('is the submission’s own status until acceptance, then the device’s', () => {
    expect(seedStatus('draft', null)).toBe('draft');
    expect(seedStatus('offered', null)).toBe('offered');
    expect(seedStatus('accepted', 'Registered')).toBe('accepted');
    expect(seedStatus('accepted', 'Shipped')).toBe('shipped');
    expect(seedStatus('accepted', 'Received')).toBe('received');
    expect(seedStatus('accepted', 'Valuated')).toBe('inspected');
    expect(seedStatus('accepted', 'Completed')).toBe('completed');
    expect(seedStatus('accepted', 'ReturnRequested')).toBe('declined');
  });

  it('maps every device status, and the SQL says the same', () => {
    for (const s of DEVICE_STATUSES) expect(DEVICE_TO_SEED[s]).toBeDefined();
    const sql = seedStatusSql();
    for (const s of DEVICE_STATUSES) expect(sql).toContain(`WHEN d.status = '${s}' THEN '${DEVICE_TO_SEED[s]}'`);
  });
});

describe('offers as the customer sees them', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('an open offer reads expired from its expiry on; answered offers keep their status', () => {
    expect(offerStatusAt({ status: 'open', expiresAt: new Date('2026-03-01T12:00:01Z') }, now)).toBe('open');
    expect(offerStatusAt({ status: 'open', expiresAt: now }, now)).toBe('expired');
    expect(offerStatusAt({ status: 'accepted', expiresAt: new Date('2026-02-01T00:00:00Z') }, now)).toBe('accepted');
  });

  it('the current offer is the latest open or expired one', () => {
    expect(currentOffer([{ status: 'open' }, { status: 'expired' }, { status: 'superseded' }])).toEqual({ status: 'expired' });
    expect(currentOffer([{ status: 'declined' }, { status: 'accepted' }])).toBeNull();
  });

  it('the return label applies once a return is requested', () => {
    expect(isReturning('ReturnRequested')).toBe(true);
    expect(isReturning('Returned')).toBe(true);
    expect(isReturning('Valuated')).toBe(false);
    expect(isReturning(null)).toBe(false);
  });
});

describe('public ids', () => {
  it('accept the prefixed and the bare form', () => {
    const id = newSubmissionId();
    expect(parseSubmissionId(id)).toBe(id);
    expect(parseSubmissionId(id.slice(4))).toBe(id);
    expect(parseSubmissionId('sub_123')).toBeNull();
    const uuid = '0b8d3c8e-3f57-4c55-9d4a-2f1b7f0f4a10';
    expect(parseUuidId(`offer_${uuid}`, 'offer_')).toBe(uuid);
    expect(parseUuidId(uuid, 'photo_')).toBe(uuid);
    expect(parseUuidId('photo_abc', 'photo_')).toBeNull();
    expect(parseProductId('prod_123')).toBe(123);
    expect(parseProductId(77)).toBe(77);
    expect(parseProductId('prod_x')).toBeNull();
  });
});
