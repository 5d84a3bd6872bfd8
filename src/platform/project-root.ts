import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest directory at or above `start` that holds a package.json: the project's root when
 * started from anywhere inside src/ or dist/.
 */
export function findProjectRoot(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json at or above ${start}`);
  }
}

/**
 * The project's root directory. Files shipped with the code but outside it (migrations/, assets/,
 * catalog-data/, web/dist, widget/) are found from here, so the same code finds them when it runs
 * from src/ (tsx, vitest) and when it runs compiled from dist/, whose depth may differ.
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path under the project's root: `projectPath('assets', 'fonts', 'DejaVuSans.ttf')`. */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
