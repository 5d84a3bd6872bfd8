import { describe, expect, it } from 'vitest';
import { customerFieldValues } from './customer-fields.js';
import type { UserRecord } from '../org/index.js';

const user = { email: 'ayse@example.com', phone: null, firstName: 'Ayşe', lastName: '' } as unknown as UserRecord;
const field = (id: number, name: string, extra: Partial<{ isActive: boolean; isCampaignField: boolean; scopePrivate: boolean }> = {}) => ({
  id,
  name,
  isActive: true,
  isCampaignField: false,
  scopePrivate: true,
  ...extra,
});

describe('customer data fields at checkout', () => {
  it('fills known customer fields from the account, never overriding what the form sent', () => {
    const fields = [
      field(1, 'ClientEmail'),
      field(2, 'First name'),
      field(3, 'Last name'),
      field(4, 'ClientPhone'),
      field(5, 'Organization name', { scopePrivate: false }),
      field(6, 'NextGenApp', { isCampaignField: true }),
    ];
    expect(customerFieldValues(fields, user, [{ data_field_id: 2, value: 'Ayse' }])).toEqual([
      { dataFieldId: 2, dataFieldValue: 'Ayse' },
      { dataFieldId: 1, dataFieldValue: 'ayse@example.com' },
    ]);
  });

  it('leaves unknown, inactive and empty fields to validation', () => {
    expect(customerFieldValues([field(1, 'IBAN'), field(2, 'ClientEmail', { isActive: false })], user, [])).toEqual([]);
  });
});
