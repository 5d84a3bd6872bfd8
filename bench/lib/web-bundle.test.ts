import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webBundleLine, webBundleReport } from './web-bundle.js';

describe('web bundle report', () => {
  it('counts the entry script and its preloads as initial, the rest as lazy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets/index-a.js'), 'x'.repeat(5000));
    fs.writeFileSync(path.join(dir, 'assets/vendor-b.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'assets/Store-c.js'), 'y'.repeat(100));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-b.js">',
    );
    const r = webBundleReport(dir);
    expect(r.initial.map((f) => f.file)).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
    expect(r.initialJsGzipBytes).toBeGreaterThan(0);
    expect(r.initialJsGzipBytes).toBeLessThan(5000);
    expect(r.lazyJsGzipBytes).toBeGreaterThan(0);
    expect(r.met).toBe(true);
    expect(webBundleLine(r)).toMatch(/customer initial JS .* met/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
