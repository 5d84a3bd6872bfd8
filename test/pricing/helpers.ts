import type { TestApp } from '../helpers/test-app.js';
import type { TestTenant } from '../helpers/factories.js';

/** A reference variant of an item group (optionally with a launch price). */
export async function variantOf(t: TestApp, groupKey: string, withLaunchPrice = false): Promise<number> {
  const rows = await t.c.db.query<{ id: number }>(
    `SELECT v.id FROM variants v JOIN items i ON i.id = v.item_id JOIN item_groups g ON g.id = i.item_group_id
     WHERE v.tenant_id IS NULL AND g.key = $1 AND v.is_active AND i.is_active ${withLaunchPrice ? 'AND i.launch_price_eur IS NOT NULL' : ''}
     ORDER BY v.id LIMIT 1`,
    [groupKey],
  );
  if (!rows[0]) throw new Error(`no variant in ${groupKey}`);
  return rows[0].id;
}

/** Sets the base price (major units of the tenant currency) of a variant. */
export async function setPrice(t: TestApp, tt: TestTenant, variantId: number, amountMinor: number): Promise<void> {
  await t.c.modules.pricing.upsertBasePrices(tt.ctx, [{ variantId, amountMinor }]);
}

export const BEST = { 0: [0], 1: [0], 2: [0], 3: [0], 4: [0] };

export function quoteBody(modelId: number, answers: Record<string, number[] | number> = BEST, extra: Record<string, unknown> = {}) {
  return {
    GradingForm: { Answers: answers, Extras: [], SystemExtras: [0], GradingDifferenceImages: {} },
    ModelId: modelId,
    ItemIdentifier: null,
    LocationId: null,
    AgentId: null,
    TradeInChannel: 0,
    TradeInType: 0,
    CampaignId: 0,
    ...extra,
  };
}
