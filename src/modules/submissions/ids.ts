import { randomBytes } from 'node:crypto';

/**
 * Public ids as seed 001 shows them: `sub_…`, `offer_…`, `photo_…`, `prod_…`. Parsing accepts
 * the prefixed form and the bare value, so clients can send back what they received.
 */
export const newSubmissionId = (): string => `sub_${randomBytes(10).toString('hex')}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function strip(value: string, prefix: string): string {
  const v = value.trim();
  return v.startsWith(prefix) ? v.slice(prefix.length) : v;
}

export function parseSubmissionId(value: string): string | null {
  const bare = strip(value, 'sub_');
  return /^[0-9a-f]{20}$/.test(bare) ? `sub_${bare}` : null;
}

export function parseUuidId(value: string, prefix: 'offer_' | 'photo_'): string | null {
  const bare = strip(value, prefix);
  return UUID.test(bare) ? bare.toLowerCase() : null;
}

export const offerPublicId = (uuid: string): string => `offer_${uuid}`;
export const photoPublicId = (uuid: string): string => `photo_${uuid}`;
export const productPublicId = (variantId: number): string => `prod_${variantId}`;

/** `prod_123` or `123`: a catalog variant id (reference catalog or the tenant's own products). */
export function parseProductId(value: string | number): number | null {
  const bare = typeof value === 'number' ? String(value) : strip(value, 'prod_');
  if (!/^\d{1,10}$/.test(bare)) return null;
  const n = Number(bare);
  return n > 0 && n <= 2_147_483_647 ? n : null;
}
