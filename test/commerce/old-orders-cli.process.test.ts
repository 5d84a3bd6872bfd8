import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { oldOrder } from './helpers.js';

describe('tradein orders import-old (CLI process)', () => {
  it('imports a JSON file for a tenant; an unknown customer is refused in one coded line', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-oldorders-'));
    try {
      fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
      const cli = (args: string[]) => spawnSync(process.execPath, [path.resolve('bin/tradein.js'), ...args], { env, encoding: 'utf8', timeout: 60_000 });
      expect(cli(['tenant', 'create', 'oldshop', '--name', 'Old Shop', '--currency', 'TRY']).status).toBe(0);
      const file = path.join(dataDir, 'old.json');
      // An unknown customer: refused with the code, nothing imported (the tenant has no users yet).
      fs.writeFileSync(file, JSON.stringify([oldOrder('9001', 'old@example.com')]));
      const bad = cli(['orders', 'import-old', file, '--tenant', 'oldshop']);
      expect(bad.status).not.toBe(0);
      expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^tradein: B300007: Old order 9001: no user with email old@example.com/)]);
      expect(cli(['user', 'create', '--tenant', 'oldshop', '--email', 'old@example.com', '--role', 'customer', '--password', 'long-enough-1']).status).toBe(0);
      const ok = cli(['orders', 'import-old', file, '--tenant', 'oldshop']);
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('old orders imported: 1 created, 0 updated');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
