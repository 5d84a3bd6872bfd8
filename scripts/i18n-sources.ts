import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every source file under `src/` that defines messages or errors (tests and catalogs aside). */
export function messageSourceFiles(dir = path.join(ROOT, 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'locales' ? [] : messageSourceFiles(full);
    if (!e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) return [];
    return /\bdefine(Messages|Errors)\(/.test(fs.readFileSync(full, 'utf8')) ? [full] : [];
  });
}

/** Imports them, so that every message is registered in the catalog. */
export async function loadAllMessages(): Promise<string[]> {
  const files = messageSourceFiles();
  for (const file of files) await import(pathToFileURL(file).href);
  return files;
}
