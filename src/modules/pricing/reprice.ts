import type { Ctx } from '../../platform/context.js';
import { minorDigits } from '../../platform/money/index.js';
import type { CampaignsModule } from '../campaigns/index.js';
import { checkAnswers, pick, type CheckedAnswers, type FormDefinition, type GradingModule } from '../grading/index.js';
import { PricingErrors } from './pricing.errors.js';
import type { StoredQuote } from './pricing.repository.js';
import { PricingSettings } from './pricing.settings.js';
import { priceAnswers, type PriceTerms } from './price-answers.js';
import type { BreakdownLine } from './quote-calculator.js';

/** One thing the facility found different from the quote's answers, and what it did to the price. */
export interface AnswerChange {
  kind: 'question' | 'extras' | 'system_extras';
  questionId: number | null;
  label: string;
  said: { ids: number[]; labels: string[] };
  found: { ids: number[]; labels: string[] };
  /** The facility's answer scores lower than the customer's (or loses an extra, or adds Find-My). */
  worse: boolean;
  /** Price change of this answer alone, applied in form order after the ones before it (display minor units). */
  effectMinor: number;
}

export interface RepriceResult {
  quoteId: string;
  currency: string;
  /** The price the quote was registered with. */
  registeredMinor: number;
  /** The engine's price of the new answers under the quote's terms. */
  computedMinor: number;
  /**
   * Registered price minus the engine's replay of the quote's own answers: zero unless the
   * tenant's rules changed since the quote (then carried so an unchanged inspection keeps the
   * registered price to the cent).
   */
  termsAdjustmentMinor: number;
  /** computed + adjustment = registered + Σ changes' effects. */
  finalMinor: number;
  finalInclVatMinor: number;
  breakdown: BreakdownLine[];
  gradeKey: string;
  gradeName: string;
  ctia: { functional: string; cosmetic: string };
  changes: AnswerChange[];
  checked: CheckedAnswers;
}

interface Deps {
  grading: Pick<GradingModule, 'getVersion' | 'gradesFor'>;
  campaigns: Pick<CampaignsModule, 'getCampaign' | 'bonusFor'>;
}

const same = (a: number[] = [], b: number[] = []) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * Prices a grading form under a stored quote's own terms — the same base price (recovered from
 * the quote's base line and verified by replaying the quote's own answers), campaign (even when it
 * has ended since), Find-My rule, VAT mode, display currency and rate — and explains the
 * difference answer by answer. Changes are applied one at a time in form order, so their effects
 * add up exactly to final − registered.
 */
export async function repriceUnderQuote(deps: Deps, ctx: Ctx, quote: StoredQuote, gradingForm: unknown): Promise<RepriceResult> {
  const version = await deps.grading.getVersion(ctx, quote.gradingFormVersionId);
  if (!version) throw PricingErrors.B070008({ id: quote.variantId });
  const def = version.definition;
  const grades = deps.grading.gradesFor(ctx, version);
  const found = checkAnswers(def, gradingForm);
  const said: CheckedAnswers = { answers: quote.answers, extras: quote.extras, systemExtras: quote.systemExtras };
  const campaign = quote.campaignId ? await deps.campaigns.getCampaign(ctx, quote.campaignId) : null;
  const rules = PricingSettings.read(ctx.tenant);
  const termsFor = (baseMinor: number): PriceTerms => ({
    baseMinor,
    baseCurrency: quote.baseCurrency,
    campaign,
    display: { currency: quote.currency, rate: quote.exchangeRate },
    business: quote.tradeInType === 1,
    rules,
  });
  const price = (checked: CheckedAnswers, baseMinor: number) => priceAnswers(ctx, deps.campaigns, def, grades, checked, termsFor(baseMinor));

  // The working-device base price is not stored on the quote; its base line is (in display units).
  const baseLine = quote.breakdown.find((l) => l.code === 'base')?.amountMinor ?? quote.basePriceMinor;
  const scale = (quote.exchangeRate * 10 ** minorDigits(quote.currency)) / 10 ** minorDigits(quote.baseCurrency);
  const guess = Math.round(baseLine / scale);
  let baseMinor = guess;
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5]) {
    if (guess + delta < 0) continue;
    if (price(said, guess + delta).result.offeredMinor === quote.offeredPriceMinor) {
      baseMinor = guess + delta;
      break;
    }
  }
  const replay = price(said, baseMinor).result.offeredMinor;
  const adjustment = quote.offeredPriceMinor - replay;
  const computed = price(found, baseMinor);

  const changes: AnswerChange[] = [];
  const locale = ctx.locale;
  const fb = ctx.tenant.defaultLocale;
  const current: CheckedAnswers = { answers: { ...said.answers }, extras: [...said.extras], systemExtras: [...said.systemExtras] };
  let prev = replay;
  const step = (change: Omit<AnswerChange, 'effectMinor'>) => {
    const now = price(current, baseMinor).result.offeredMinor;
    changes.push({ ...change, effectMinor: now - prev });
    prev = now;
  };
  for (const q of def.questions) {
    const s = said.answers[q.id] ?? [];
    const f = found.answers[q.id] ?? [];
    if (same(s, f)) continue;
    current.answers = { ...current.answers, [q.id]: f };
    const labels = (ids: number[]) => ids.map((id) => pick(q.answers.find((a) => a.id === id)?.name, locale, fb));
    const score = (ids: number[]) => Math.min(...ids.map((id) => q.answers.find((a) => a.id === id)?.score ?? 100));
    step({
      kind: 'question',
      questionId: q.id,
      label: pick(q.label, locale, fb),
      said: { ids: s, labels: labels(s) },
      found: { ids: f, labels: labels(f) },
      worse: score(f) < score(s),
    });
  }
  if (!same(said.extras, found.extras)) {
    current.extras = found.extras;
    const labels = (ids: number[]) => ids.map((id) => extraLabel(def, id, locale, fb));
    step({
      kind: 'extras',
      questionId: null,
      label: 'Extras',
      said: { ids: said.extras, labels: labels(said.extras) },
      found: { ids: found.extras, labels: labels(found.extras) },
      worse: said.extras.some((e) => !found.extras.includes(e)),
    });
  }
  if (!same(said.systemExtras, found.systemExtras)) {
    current.systemExtras = found.systemExtras;
    const labels = (ids: number[]) => ids.map((id) => (id === 1 ? 'Find My activated' : `#${id}`));
    step({
      kind: 'system_extras',
      questionId: null,
      label: 'Find My',
      said: { ids: said.systemExtras, labels: labels(said.systemExtras) },
      found: { ids: found.systemExtras, labels: labels(found.systemExtras) },
      worse: found.systemExtras.includes(1) && !said.systemExtras.includes(1),
    });
  }

  const grade = computed.grade;
  return {
    quoteId: quote.id,
    currency: quote.currency,
    registeredMinor: quote.offeredPriceMinor,
    computedMinor: computed.result.offeredMinor,
    termsAdjustmentMinor: adjustment,
    finalMinor: Math.max(0, computed.result.offeredMinor + adjustment),
    finalInclVatMinor: Math.max(0, computed.result.offeredInclVatMinor + adjustment),
    breakdown: computed.result.breakdown,
    gradeKey: grade.key,
    gradeName: pick(grade.name, locale, fb),
    ctia: grade.ctia,
    changes,
    checked: found,
  };
}

function extraLabel(def: FormDefinition, id: number, locale: string, fb: string): string {
  const e = def.extras.find((x) => x.id === id);
  return e ? pick(e.label ?? e.name, locale, fb) : `#${id}`;
}
