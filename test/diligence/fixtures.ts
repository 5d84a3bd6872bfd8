import type { Db } from '../../src/platform/db/index.js';

/**
 * A reference-catalog variant of a manufacturer whose family has a TAC naming only that family
 * (test identifiers are built from it). Small queries: the test catalog has no planner statistics.
 */
export async function variantWithTac(db: Db, manufacturerKey: string): Promise<{ variantId: number; itemId: number; tac: string }> {
  const candidates = await db.query<{ tac: string; item_id: number }>(
    `SELECT t.tac, t.item_id FROM tac_codes t
       JOIN items i ON i.id = t.item_id
       JOIN manufacturers m ON m.id = i.manufacturer_id
      WHERE m.key = $1 AND i.tenant_id IS NULL AND i.is_active AND i.identifier_kind = 'imei'
      LIMIT 50`,
    [manufacturerKey],
  );
  for (const c of candidates) {
    const owners = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tac_codes WHERE tac = $1', [c.tac]);
    if (owners[0].n !== 1) continue;
    const variants = await db.query<{ id: number }>('SELECT id FROM variants WHERE item_id = $1 AND tenant_id IS NULL AND is_active ORDER BY id LIMIT 1', [
      c.item_id,
    ]);
    if (variants[0]) return { variantId: variants[0].id, itemId: c.item_id, tac: c.tac.trim() };
  }
  throw new Error(`no ${manufacturerKey} variant with a TAC of its own in the reference catalog`);
}
