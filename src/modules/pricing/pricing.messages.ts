import { defineMessages } from '../../platform/i18n/index.js';

/** Breakdown labels. */
export const PricingText = defineMessages('pricing', {
  base: { en: 'Base price (working device)', tr: 'Taban fiyat (çalışan cihaz)', sv: 'Grundpris (fungerande enhet)', de: 'Grundpreis (funktionsfähiges Gerät)' },
  fmip: { en: 'Find My activated', tr: 'Bul özelliği etkin', sv: 'Hitta min aktiverad', de: '„Wo ist?“ aktiviert' },
  campaign: { en: 'Campaign: {name}', tr: 'Kampanya: {name}', sv: 'Kampanj: {name}', de: 'Kampagne: {name}' },
  floor: { en: 'Price cannot be below zero', tr: 'Fiyat sıfırın altında olamaz', sv: 'Priset kan inte vara under noll', de: 'Preis kann nicht unter null liegen' },
  vat: { en: 'VAT', tr: 'KDV', sv: 'Moms', de: 'MwSt.' },
  rounding: { en: 'Rounding', tr: 'Yuvarlama', sv: 'Avrundning', de: 'Rundung' },
  answer: { en: '{question}: {answer}', tr: '{question}: {answer}', sv: '{question}: {answer}', de: '{question}: {answer}' },
  extra: { en: 'Extra: {name}', tr: 'Ek: {name}', sv: 'Tillägg: {name}', de: 'Extra: {name}' },
});
