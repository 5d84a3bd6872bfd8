import { defineMessages } from '../../platform/i18n/index.js';

/** Breakdown labels. */
export const PricingText = defineMessages('pricing', {
  base: { en: 'Base price (working device)' },
  fmip: { en: 'Find My activated' },
  campaign: { en: 'Campaign: {name}' },
  floor: { en: 'Price cannot be below zero' },
  vat: { en: 'VAT' },
  rounding: { en: 'Rounding' },
  answer: { en: '{question}: {answer}' },
  extra: { en: 'Extra: {name}' },
});
