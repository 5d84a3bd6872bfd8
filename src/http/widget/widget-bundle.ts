import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../../../widget/price-check.ts', import.meta.url));

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
    const source = await readFile(SOURCE, 'utf8');
    const out = await transform(source, { loader: 'ts', format: 'esm', target: 'es2020', minify: true, legalComments: 'none' });
    const etag = `"${createHash('sha256').update(out.code).digest('base64url').slice(0, 20)}"`;
    return { code: out.code, etag, bytes: Buffer.byteLength(out.code) };
  })();
  return cached;
}
