/**
 * Moves the tr/sv/de texts written inline next to an English message into the per-locale
 * catalogs (`src/platform/i18n/locales/<locale>.ts`), so sources hold only the English text.
 *
 * It loads every module that defines messages (to learn each text's full key), writes the
 * catalogs, then removes an inline translation only where the registered message carries exactly
 * that text; anything else (a data table that merely looks like one) is left as it is and listed.
 *
 *   npm run i18n:extract          write catalogs and rewrite sources
 *   npm run i18n:extract -- --check   exit 1 when an inline translation is left in a source
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { catalogKeys, messageTexts, SUPPORTED_LOCALES } from '../src/platform/i18n/index.js';
import { loadAllMessages } from './i18n-sources.js';

type Other = Exclude<(typeof SUPPORTED_LOCALES)[number], 'en'>;
const OTHERS = SUPPORTED_LOCALES.filter((l): l is Other => l !== 'en');
const ROOT = path.resolve(import.meta.dirname, '..');
const LOCALES_DIR = path.join(ROOT, 'src/platform/i18n/locales');
const check = process.argv.includes('--check');

const files = await loadAllMessages();

// Texts by English text and locale → the translation the registry holds for it.
const registered = new Map<string, LocalizedSet>();
type LocalizedSet = Partial<Record<Other, string>>;
const catalogs = Object.fromEntries(OTHERS.map((l) => [l, {} as Record<string, string>])) as Record<Other, Record<string, string>>;
for (const key of catalogKeys()) {
  const text = messageTexts(key)!;
  for (const l of OTHERS) if (text[l] !== undefined) catalogs[l][key] = text[l]!;
  registered.set(`${key}\u0000${text.en}`, Object.fromEntries(OTHERS.map((l) => [l, text[l]])));
}
const registeredEn = new Map<string, LocalizedSet[]>();
for (const [k, set] of registered) {
  const en = k.split('\u0000')[1];
  registeredEn.set(en, [...(registeredEn.get(en) ?? []), set]);
}

function literal(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

let left = 0;
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = node.properties.filter(ts.isPropertyAssignment);
      const byName = new Map(props.map((p) => [p.name.getText(sf), p]));
      const en = literal(byName.get('en')?.initializer);
      const inline = OTHERS.filter((l) => byName.has(l));
      if (en !== undefined && inline.length) {
        const sets = registeredEn.get(en) ?? [];
        const matches = sets.some((set) => inline.every((l) => set[l] === literal(byName.get(l)!.initializer)));
        if (!matches) {
          if (check) console.log(`${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: looks like a message but is not registered; left alone`);
        } else {
          for (const l of inline) {
            const prop = byName.get(l)!;
            const index = node.properties.indexOf(prop);
            const start = index > 0 ? node.properties[index - 1].getEnd() : prop.getFullStart();
            cuts.push([start, prop.getEnd()]);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!cuts.length) continue;
  if (check) {
    console.log(`${path.relative(ROOT, file)}: ${cuts.length} inline translations to extract`);
    left += cuts.length;
    continue;
  }
  // Cuts of one object are adjacent (each starts where the kept previous property ends): merge, then apply from the end.
  cuts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const c of cuts) {
    const last = merged[merged.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else merged.push([...c]);
  }
  let out = source;
  for (const [a, b] of merged.reverse()) out = out.slice(0, a) + out.slice(b);
  fs.writeFileSync(file, out);
  console.log(`${path.relative(ROOT, file)}: ${cuts.length} inline translations moved`);
}

if (check) {
  process.exit(left ? 1 : 0);
}
for (const l of OTHERS) {
  const entries = Object.entries(catalogs[l]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n');
  const header = fs.readFileSync(path.join(LOCALES_DIR, `${l}.ts`), 'utf8').split('export const messages')[0];
  fs.writeFileSync(path.join(LOCALES_DIR, `${l}.ts`), `${header}export const messages: Record<string, string> = {\n${body}\n};\n`);
  console.log(`locales/${l}.ts: ${entries.length} texts`);
}
