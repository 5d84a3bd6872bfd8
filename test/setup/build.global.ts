import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Tests that spawn `bin/tradein.js` run the compiled server in dist/; it is brought up to date
 * here, once per run (a no-op when src/ has not changed), so no such test pays for a build or
 * races another process to it.
 */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  const res = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`building dist/ failed: ${(res.stderr || res.stdout).trim()}`);
  const out = res.stdout.trim();
  if (out && out !== 'dist/ is up to date') console.log(out);
}
