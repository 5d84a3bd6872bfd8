import type { Ctx } from '../../../platform/context.js';
import { PricingSettings } from '../../pricing/index.js';
import type { Condition } from '../submissions.repository.js';
import type { SubmissionsDeps } from '../shared.js';

/** Seed 001 condition-based pricing: the product's valuation × the tenant's modifier for the condition. */
export interface Suggestion {
  baseMinor: number;
  condition: Condition;
  modifierPct: number;
  suggestedMinor: number;
  currency: string;
}

/** The suggested offer with its breakdown, or null when the product has no valuation. */
export async function suggestOffer(
  d: Pick<SubmissionsDeps, 'pricing'>,
  ctx: Ctx,
  sub: { variantId: number; condition: Condition },
): Promise<Suggestion | null> {
  const [baseMinor, suggestedMinor] = await Promise.all([
    d.pricing.basePriceMinor(ctx, sub.variantId),
    d.pricing.valueForCondition(ctx, sub.variantId, sub.condition),
  ]);
  if (baseMinor === null || suggestedMinor === null) return null;
  return {
    baseMinor,
    condition: sub.condition,
    modifierPct: PricingSettings.read(ctx.tenant).conditionModifiers[sub.condition],
    suggestedMinor,
    currency: ctx.tenant.currency,
  };
}
