import { describe, expect, it } from 'vitest';
import { DEVICE_STATUSES } from '../tradeins/index.js';
import { DEVICE_TO_SEED, seedStatus, seedStatusSql } from './status.js';
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
