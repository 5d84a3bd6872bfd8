import { describe, expect, it } from 'vitest';
import { negotiateLocale, translate, defineMessages, catalogKeys, messageTexts, SUPPORTED_LOCALES } from './i18n.js';
import '../errors/index.js';

describe('i18n', () => {
  it('negotiates among tenant locales, then the tenant default, then English', () => {
    expect(negotiateLocale('tr-TR,tr;q=0.9,en;q=0.5', ['en', 'tr'], 'en')).toBe('tr');
    expect(negotiateLocale('fr-FR', ['en', 'sv'], 'sv')).toBe('sv');
    expect(negotiateLocale(undefined, ['en'], 'de')).toBe('de');
    expect(negotiateLocale('de;q=0.2, sv', ['en', 'sv', 'de'], 'en')).toBe('sv');
  });

  it('formats parameters and falls back to English', () => {
    // B000001 has its translations in the per-locale catalogs; `t.hello` has none yet.
    expect(translate('B000001', 'de', { count: 3 })).toContain('3');
    expect(translate('B000001', 'de', { count: 3 })).not.toBe(translate('B000001', 'en', { count: 3 }));
    const keys = defineMessages('t', { hello: { en: 'Hello {name}' } });
    expect(translate(keys.hello, 'tr', { name: 'Ana' })).toBe('Hello Ana');
  });

  it('every platform error has all four locales', () => {
    for (const key of catalogKeys().filter((k) => /^[A-Z]\d{6}$/.test(k))) {
      const texts = messageTexts(key)!;
      for (const loc of SUPPORTED_LOCALES) expect(texts[loc], `${key} ${loc}`).toBeTruthy();
    }
  });
});
