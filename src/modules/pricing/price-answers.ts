import type { Ctx } from '../../platform/context.js';
import { translate } from '../../platform/i18n/index.js';
import { minorDigits } from '../../platform/money/index.js';
import type { CampaignsModule } from '../campaigns/index.js';
import { gradeFor, pick, scoreAnswers, type CheckedAnswers, type FormDefinition, type GradeDefinition } from '../grading/index.js';
import { PricingText } from './pricing.messages.js';
import type { PricingRules } from './pricing.settings.js';
import { calculateQuote, type QuoteCalcResult } from './quote-calculator.js';

type Campaign = NonNullable<Awaited<ReturnType<CampaignsModule['getCampaign']>>>;

/** The terms a price is made under: everything but the answers. */
export interface PriceTerms {
  baseMinor: number;
  baseCurrency: string;
  campaign: Campaign | null;
  display: { currency: string; rate: number };
  business: boolean;
  rules: PricingRules;
}

/**
 * Prices checked answers under given terms: the one place that turns answers into a
 * calculator input, shared by new quotes and by the facility's revaluation under a stored
 * quote's terms (so both follow exactly the same rules).
 */
export function priceAnswers(
  ctx: Ctx,
  campaigns: Pick<CampaignsModule, 'bonusFor'>,
  def: FormDefinition,
  grades: GradeDefinition[],
  checked: CheckedAnswers,
  terms: PriceTerms,
): { result: QuoteCalcResult; grade: GradeDefinition } {
  const locale = ctx.locale;
  const fallback = ctx.tenant.defaultLocale;
  const { campaign, rules } = terms;
  const score = scoreAnswers(def, checked);
  const grade = gradeFor(grades, score.scorePct);
  const fmipApplies = checked.systemExtras.includes(1) && (campaign ? campaign.hasFmipDeduction : true);
  const result = calculateQuote({
    baseMinor: terms.baseMinor,
    baseCurrency: terms.baseCurrency,
    steps: score.steps.map((s) => ({
      label: translate(PricingText.answer, locale, { question: pick(s.questionLabel, locale, fallback), answer: pick(s.answerName, locale, fallback) }),
      factorPct: s.factorPct,
    })),
    extras: checked.extras.map((id) => {
      const e = def.extras.find((x) => x.id === id)!;
      return { label: translate(PricingText.extra, locale, { name: pick(e.label ?? e.name, locale, fallback) }), valuePct: e.valuePct };
    }),
    fmip: fmipApplies ? { label: translate(PricingText.fmip, locale), deductionPct: rules.fmipDeductionPct } : null,
    campaign: campaign
      ? {
          label: translate(PricingText.campaign, locale, { name: campaign.name }),
          bonus: (deviceValueMinor) =>
            campaigns.bonusFor(campaign, {
              grade: { key: grade.key, names: Object.values(grade.name) },
              deviceValueMinor,
              minorPerMajor: 10 ** minorDigits(terms.baseCurrency),
            }),
        }
      : null,
    vat: { mode: rules.vat.mode, ratePct: rules.vat.ratePct, business: terms.business },
    display: terms.display,
    rounding: rules.rounding,
    labels: {
      base: translate(PricingText.base, locale),
      floor: translate(PricingText.floor, locale),
      vat: translate(PricingText.vat, locale),
      rounding: translate(PricingText.rounding, locale),
    },
  });
  return { result, grade };
}
