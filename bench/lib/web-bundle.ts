import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Issue 15: the customer app's initial JavaScript, gzipped. */
export const WEB_INITIAL_JS_LIMIT_BYTES = 150 * 1024;

export interface WebBundleReport {
  /** Scripts the first page load fetches (entry module and its modulepreloads). */
  initial: { file: string; bytes: number; gzipBytes: number }[];
  initialJsGzipBytes: number;
  /** Everything else (lazy chunks: point of sale, barcode polyfill). */
  lazyJsGzipBytes: number;
  limitBytes: number;
  met: boolean;
}

/** Sizes of the built web app (`web/dist`) as the browser loads it. */
export function webBundleReport(dist: string): WebBundleReport {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initialFiles = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const size = (file: string) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const initial = initialFiles.map(size);
  const all = fs
    .readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const lazy = all.filter((f) => !initialFiles.includes(f)).map(size);
  const initialJsGzipBytes = initial.reduce((s, f) => s + f.gzipBytes, 0);
  return {
    initial,
    initialJsGzipBytes,
    lazyJsGzipBytes: lazy.reduce((s, f) => s + f.gzipBytes, 0),
    limitBytes: WEB_INITIAL_JS_LIMIT_BYTES,
    met: initialJsGzipBytes > 0 && initialJsGzipBytes <= WEB_INITIAL_JS_LIMIT_BYTES,
  };
}

export function webBundleLine(r: WebBundleReport): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return `Web app: customer initial JS ${kb(r.initialJsGzipBytes)} gzipped (limit ${kb(r.limitBytes)}: ${r.met ? 'met' : 'MISSED'}); lazy chunks ${kb(r.lazyJsGzipBytes)} gzipped`;
}
