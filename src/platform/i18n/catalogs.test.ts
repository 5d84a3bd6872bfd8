import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogKeys, conflictingKeys, messageTexts, SUPPORTED_LOCALES } from './index.js';
import { messages as de } from './locales/de.js';
import { messages as sv } from './locales/sv.js';
import { messages as tr } from './locales/tr.js';
import { loadAllMessages } from '../../../scripts/i18n-sources.js';

interface IcuNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: IcuNode[] }>;
}

/** The ICU arguments of a text (`{id}`, `{count, plural, …}` → id, count), from its parsed form. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: IcuNode[]) => {
    for (const n of nodes) {
      // 0 is literal text, 7 a `#` in a plural; every other element names an argument.
      if (n.type !== 0 && n.type !== 7 && typeof n.value === 'string') names.add(n.value);
      for (const option of Object.values(n.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text.replace(/'/g, "''"), 'en', undefined, { ignoreTag: true }).getAst() as IcuNode[]);
  return [...names].sort();
}

describe('server message catalogs', () => {
  beforeAll(async () => {
    await loadAllMessages();
  }, 60_000);

  it('registers many messages, and no key twice with different texts', () => {
    expect(catalogKeys().length).toBeGreaterThan(500);
    expect(conflictingKeys()).toEqual([]);
  });

  it('has every message in every locale, with the same placeholders as the English text', () => {
    const missing: string[] = [];
    const mismatched: string[] = [];
    for (const key of catalogKeys()) {
      const text = messageTexts(key)!;
      for (const locale of SUPPORTED_LOCALES) {
        const t = text[locale];
        if (!t?.trim()) missing.push(`${key} ${locale}`);
        else if (placeholders(t).join() !== placeholders(text.en).join()) mismatched.push(`${key} ${locale}: ${t}`);
      }
    }
    expect(missing).toEqual([]);
    expect(mismatched).toEqual([]);
  });

  it('holds no text for a key that no longer exists', () => {
    const known = new Set(catalogKeys());
    for (const [locale, messages] of Object.entries({ tr, sv, de })) {
      expect(
        Object.keys(messages).filter((k) => !known.has(k)),
        locale,
      ).toEqual([]);
    }
  });
});
