import type { Db } from '../../src/platform/db/index.js';

/**
 * Apple reference variants (one per model family) whose TAC belongs to that family alone, so a
 * generated IMEI passes the identifier-consistency check of due diligence.
 */
export async function appleVariantsWithTac(db: Db, n: number): Promise<{ variantId: number; tac: string }[]> {
  // Grouped once instead of a count per candidate: the correlated form took minutes on PGlite.
  const candidates = await db.query<{ tac: string; item_id: number }>(
    `WITH apple AS (
       SELECT t.tac, t.item_id FROM tac_codes t JOIN items i ON i.id = t.item_id JOIN manufacturers m ON m.id = i.manufacturer_id
        WHERE m.key = 'apple' AND i.tenant_id IS NULL AND i.is_active AND i.identifier_kind = 'imei'),
     single AS (SELECT tac FROM tac_codes WHERE tac IN (SELECT tac FROM apple) GROUP BY tac HAVING count(*) = 1)
     SELECT a.tac, a.item_id FROM apple a JOIN single s ON s.tac = a.tac ORDER BY a.tac LIMIT 40`,
  );
  const out: { variantId: number; tac: string }[] = [];
  for (const c of candidates) {
    const v = await db.query<{ id: number }>('SELECT id FROM variants WHERE item_id = $1 AND tenant_id IS NULL AND is_active ORDER BY id LIMIT 1', [c.item_id]);
    if (v[0] && !out.some((o) => o.variantId === v[0].id)) out.push({ variantId: v[0].id, tac: c.tac.trim() });
    if (out.length === n) break;
  }
  if (out.length < n) throw new Error(`only ${out.length} Apple variants with a TAC of their own`);
  return out;
}
