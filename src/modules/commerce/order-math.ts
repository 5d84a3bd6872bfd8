/**
 * Allocates trade-in values as discounts on an order: each trade-in, in order, takes what it is
 * worth but never more than what is left to pay, so the total never goes below zero.
 */
export function allocateTradeInDiscounts(subtotalMinor: number, tradeInValuesMinor: number[]): number[] {
  let left = Math.max(0, subtotalMinor);
  return tradeInValuesMinor.map((v) => {
    const d = Math.min(Math.max(0, v), left);
    left -= d;
    return d;
  });
}

/** Akinon order status codes used here (value → meaning). */
export const ORDER_STATUS = {
  cancelled: '100',
  waiting: '200',
  approved: '400',
  shipped: '500',
  delivered: '550',
  refunded: '600',
} as const;

/** An item can be cancelled until it ships; refunded once delivered. */
export function isCancellable(status: string, remaining: number): boolean {
  return remaining > 0 && Number(status) >= 200 && Number(status) < 500;
}

export function isRefundable(status: string, remaining: number): boolean {
  return remaining > 0 && status === ORDER_STATUS.delivered;
}

/** A 16-digit order number from time and randomness (like seed 002's `2745403029312170`). */
export function orderNumber(now: Date, random: () => number = Math.random): string {
  const t = String(now.getTime()).slice(-10);
  let r = '';
  for (let i = 0; i < 6; i++) r += Math.floor(random() * 10);
  return `${t}${r}`.padStart(16, '1');
}

/** Region of each product locale in seed 002's `language_code` (`tr-tr`, `en-us`). */
const LOCALE_REGION: Record<string, string> = { en: 'us', tr: 'tr', sv: 'se', de: 'de' };

/** The order's `language_code` as seed 002 writes it: `tr` → `tr-tr`, `sv-SE` → `sv-se`, `en` → `en-us`. */
export function orderLanguageCode(given: string | undefined, locale: string): string {
  const [lang, region] = (given ?? locale).toLowerCase().replace('_', '-').split('-');
  return `${lang}-${region ?? LOCALE_REGION[lang] ?? lang}`;
}

/** A VAT percentage (`"20"`, `18.5`) in basis points (2000, 1850). */
export function taxRateBp(rate: string | number): number {
  return Math.round(Number(rate) * 100);
}

/** Basis points as seed 002's `tax_rate` string (`"20.00"`). */
export function formatTaxRate(bp: number): string {
  return (bp / 100).toFixed(2);
}

/**
 * What the customer owes on the order after deciding on a trade-in's final valuation, given the
 * discount the trade-in took at checkout. Approved: the discount becomes the final value (never
 * more than it was), so a lower value leaves the difference due. Rejected: the device goes back
 * and the whole discount is due.
 */
export function tradeInAmountDue(decision: 'approved' | 'rejected', discountMinor: number, finalMinor: number): number {
  const discount = Math.max(0, discountMinor);
  if (decision === 'rejected') return discount;
  return Math.max(0, discount - Math.max(0, finalMinor));
}

/**
 * Whether the customer can still approve or reject the final valuation of an item's trade-in:
 * it was valuated, nobody decided yet and the item is not fully cancelled.
 */
export function awaitsTradeInDecision(item: {
  tradeinDeviceId: number | null;
  attributes: Record<string, unknown>;
  tradeinReview: string | null;
  tradeinValuatedAt: Date | null;
  cancelledQuantity: number;
  quantity: number;
}): boolean {
  return (
    item.tradeinDeviceId !== null &&
    !!item.attributes.tradein &&
    item.tradeinReview === null &&
    item.tradeinValuatedAt !== null &&
    item.cancelledQuantity < item.quantity
  );
}
