import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../platform/project-root.js';

const root = PROJECT_ROOT;
export const WEB_ROOT = path.join(root, 'web');
const DIST = path.join(WEB_ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : listFiles(full);
    return [full];
  });
}

/** A content hash of everything the web build reads: web/ sources and the locked dependency versions. */
export function webSourceHash(): string {
  const h = crypto.createHash('sha256');
  const files = [...listFiles(WEB_ROOT), path.join(root, 'package-lock.json')].sort();
  for (const f of files) {
    h.update(path.relative(root, f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex');
}

/**
 * Builds `web/dist` with Vite when its stamp does not match the sources (or when `force`);
 * a no-op (a hash of the sources) when it does. Answers whether it built.
 */
export async function ensureWebBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  const hash = webSourceHash();
  if (!options.force && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === hash) return false;
  const started = Date.now();
  options.log?.('building the web app (web/ changed since the last build)…');
  const { build } = await import('vite');
  // Vite and the React plugin pick the development or production JSX runtime and React build
  // from NODE_ENV; a build is always the production one, also inside a test run (NODE_ENV=test).
  // eslint-disable-next-line no-restricted-properties
  const env = process.env;
  const previous = env.NODE_ENV;
  env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', root: WEB_ROOT, configFile: path.join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete env.NODE_ENV;
    else env.NODE_ENV = previous;
  }
  fs.writeFileSync(STAMP, `${hash}\n`);
  options.log?.(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
