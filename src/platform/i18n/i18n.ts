import { IntlMessageFormat } from 'intl-messageformat';
import Negotiator from 'negotiator';
import { messages as de } from './locales/de.js';
import { messages as sv } from './locales/sv.js';
import { messages as tr } from './locales/tr.js';

/** Locales that have message catalogues. */
export const SUPPORTED_LOCALES = ['en', 'tr', 'sv', 'de'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** A message in the locales that have it (English always). */
export type LocalizedText = { en: string } & Partial<Record<Locale, string>>;

/**
 * A message as modules define it: the English text only (ICU MessageFormat, e.g. `Question {id}
 * not found`). The other locales live in one catalog per locale (`./locales/<locale>.ts`), keyed
 * by the message key; `catalogs.test.ts` holds them complete.
 */
export type MessageDefinition = { en: string };

const LOCALE_CATALOGS: Record<Exclude<Locale, 'en'>, Record<string, string>> = { tr, sv, de };

const catalog = new Map<string, LocalizedText>();
const conflicts = new Set<string>();
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Registers messages under `namespace.key` (or bare keys when namespace is empty). Modules call
 * this once at import time for their texts; a key registered twice with other texts is a bug.
 */
export function defineMessages<K extends string>(namespace: string, messages: Record<K, MessageDefinition>): Record<K, string> {
  const keys = {} as Record<K, string>;
  for (const [key, text] of Object.entries(messages) as [K, MessageDefinition][]) {
    const full = namespace ? `${namespace}.${key}` : key;
    const before = catalog.get(full);
    const next = withCatalogs(full, text);
    if (before && JSON.stringify(before) !== JSON.stringify(next)) conflicts.add(full);
    catalog.set(full, next);
    keys[key] = full;
  }
  return keys;
}

/** The inline texts completed from the per-locale catalogs. */
function withCatalogs(key: string, text: LocalizedText): LocalizedText {
  const full: LocalizedText = { ...text };
  for (const [locale, messages] of Object.entries(LOCALE_CATALOGS) as [Exclude<Locale, 'en'>, Record<string, string>][]) {
    full[locale] ??= Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (full[locale] === undefined) delete full[locale];
  }
  return full;
}

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Formats message `key` in `locale`, falling back to English, then to the key itself. */
export function translate(key: string, locale: string, params: Record<string, unknown> = {}): string {
  const text = catalog.get(key);
  if (!text) return key;
  const loc: Locale = isLocale(locale) && text[locale] ? locale : 'en';
  const cacheKey = `${loc}\u0000${key}`;
  let fmt = compiled.get(cacheKey);
  if (!fmt) {
    // Apostrophes are ICU escape characters; catalogue authors write them as plain text
    // ("Question with '{id}' id"), so double them to keep placeholders inside quotes live.
    fmt = new IntlMessageFormat((text[loc] ?? text.en).replace(/'/g, "''"), loc, undefined, { ignoreTag: true });
    compiled.set(cacheKey, fmt);
  }
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) values[k] = typeof v === 'number' ? v : String(v);
  try {
    return String(fmt.format(values));
  } catch {
    return text[loc] ?? text.en;
  }
}

export function hasMessage(key: string): boolean {
  return catalog.has(key);
}

/** Every registered text of one locale (used by tests to check catalogues are complete). */
export function catalogKeys(): string[] {
  return [...catalog.keys()];
}

/** Keys registered twice with different texts (the later one wins: a bug the i18n test reports). */
export function conflictingKeys(): string[] {
  return [...conflicts];
}

export function messageTexts(key: string): LocalizedText | undefined {
  return catalog.get(key);
}

/**
 * Picks the response locale from an `Accept-Language` header among the locales a tenant
 * offers, falling back to the tenant default, then English.
 */
export function negotiateLocale(acceptLanguage: string | undefined, tenantLocales: readonly string[] = SUPPORTED_LOCALES, tenantDefault = 'en'): Locale {
  const offered = tenantLocales.filter(isLocale);
  if (acceptLanguage) {
    const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
    for (const tag of preferred) {
      const base = tag.toLowerCase().split('-')[0];
      if ((offered as string[]).includes(base)) return base as Locale;
    }
    // A supported locale the tenant did not list is still better than a language the client refused.
    for (const tag of preferred) {
      const base = tag.toLowerCase().split('-')[0];
      if (isLocale(base) && offered.length === 0) return base;
    }
  }
  if (isLocale(tenantDefault)) return tenantDefault;
  return 'en';
}
