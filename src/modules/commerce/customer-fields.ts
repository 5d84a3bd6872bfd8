import type { UserRecord } from '../org/index.js';
import type { CustomerFieldView } from './tradeins-port.js';

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** Field names (normalized) that mean a customer attribute the shop already knows. */
const KNOWN: Record<string, (u: UserRecord) => string | null> = {
  clientemail: (u) => u.email,
  email: (u) => u.email,
  customeremail: (u) => u.email,
  clientphone: (u) => u.phone,
  phone: (u) => u.phone,
  customerphone: (u) => u.phone,
  firstname: (u) => u.firstName,
  clientfirstname: (u) => u.firstName,
  lastname: (u) => u.lastName,
  clientlastname: (u) => u.lastName,
};

/**
 * The data-field values of an online trade-in at checkout: what the merchant's form sent, plus
 * the programme's customer fields (email, phone, first and last name) filled from the signed-in
 * customer's account where the form did not send them. The trade-in core validates the result
 * with the same rules as the retail API.
 */
export function customerFieldValues(
  fields: readonly CustomerFieldView[],
  user: UserRecord,
  sent: readonly { data_field_id: number; value: string }[],
): { dataFieldId: number; dataFieldValue: string }[] {
  const out = sent.map((v) => ({ dataFieldId: v.data_field_id, dataFieldValue: v.value }));
  const given = new Set(out.map((v) => v.dataFieldId));
  for (const field of fields) {
    if (!field.isActive || field.isCampaignField || !field.scopePrivate || given.has(field.id)) continue;
    const value = KNOWN[normalize(field.name)]?.(user);
    if (value && value.trim()) out.push({ dataFieldId: field.id, dataFieldValue: value.trim() });
  }
  return out;
}
