import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { projectPath } from '../../platform/project-root.js';

const SOURCE = projectPath('widget', 'price-check.ts');

export interface WidgetBundle {
  code: string;
  etag: string;
  bytes: number;
}

let cached: Promise<WidgetBundle> | null = null;

/**
 * The embeddable price check compiled once per process (TypeScript → minified ES module, a few
 * milliseconds with esbuild), so what is served always matches the source in the repository.
 */
export function widgetBundle(): Promise<WidgetBundle> {
  cached ??= (async () => {
    // esbuild is imported here, on the first request for the widget, not at start.
    const [{ transform }, source] = await Promise.all([import('esbuild'), readFile(SOURCE, 'utf8')]);
    const out = await transform(source, { loader: 'ts', format: 'esm', target: 'es2020', minify: true, legalComments: 'none' });
    const etag = `"${createHash('sha256').update(out.code).digest('base64url').slice(0, 20)}"`;
    return { code: out.code, etag, bytes: Buffer.byteLength(out.code) };
  })();
  return cached;
}
