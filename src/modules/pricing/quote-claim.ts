/**
 * The quote claim as a fragment of another module's statement: an `UPDATE … RETURNING id` for a
 * `WITH` clause, with the same guard as `claimQuote` (unused, unexpired), so that registration
 * claims its quotes in the statement that writes the trade-in and needs no transaction around
 * the two. The caller names its parameters (placeholders such as `$1`); the statement must fail
 * unless every quote was claimed, or an unclaimed one would be written as claimed by the others.
 */
export function claimQuotesSql(p: { tenantId: string; quoteIds: string; deviceIds: string; now: string }): string {
  return `UPDATE price_quotes q SET used_at = ${p.now}, used_by_device_id = c.device_id
      FROM unnest(${p.quoteIds}::uuid[], ${p.deviceIds}::int[]) AS c(quote_id, device_id)
     WHERE q.tenant_id = ${p.tenantId} AND q.id = c.quote_id AND q.used_at IS NULL AND q.expires_at > ${p.now}
     RETURNING q.id`;
}
