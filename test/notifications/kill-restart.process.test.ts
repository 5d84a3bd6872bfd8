import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/app.js';
import { createContainer } from '../../src/main/container.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { openPglite } from '../../src/platform/db/index.js';
import { login } from '../helpers/factories.js';
import type { TestApp } from '../helpers/test-app.js';
import { createShop, customer, FakeTradeIns, QUOTE, sf } from '../commerce/helpers.js';
import { startSmtp } from './smtp-helper.js';

const BIN = path.resolve('bin/tradein.js');

function waitFor(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.on('exit', (code) => r(code)));
}

// A real `tradein worker` process over the embedded data directory (PostgreSQL would add nothing:
// the dispatcher's SQL is the same).
describe('worker killed between commit and delivery', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-kill-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a SIGKILLed worker loses nothing; the restarted one delivers the confirmation exactly once', async () => {
    const smtp = await startSmtp();
    try {
      fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
      const env = {
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'silent',
        PUBLIC_URL: 'http://tradein.test',
        APP_SECRET: randomBytes(16).toString('hex'),
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Tradein <no-reply@kill.test>',
        WORKER: 'off',
      };

      // 1. In this process: order with trade-in, final valuation (email delivered), then the decision commits.
      const config = loadConfig(env);
      const db = await openPglite({ dataDir });
      const c = await createContainer(config, { db, migrate: false, clock: systemClock });
      const app = await buildApp(config, c, { logger: false });
      const t = { app, c, config, clock: systemClock, dataDir, close: async () => {} } as TestApp;
      const fake = new FakeTradeIns();
      c.modules.commerce.setTradeIns(fake);
      const shop = await createShop(t);
      fake.offers.set(QUOTE, 250_00);
      const session = await customer(t, shop, 'killed@example.com');
      const order = (
        await sf(t, shop, 'POST', '/orders/checkout/', {
          session,
          payload: {
            items: [
              {
                product_sku: 'P',
                product_name: 'Phone',
                price: '500.00',
                quantity: 1,
                tradein: { price_quote_id: QUOTE, device_identifier: '355358080543351' },
              },
            ],
          },
        })
      ).json();
      const item = order.orderitem_set[0];
      const admin = await login(t, shop.tt.tenant.slug, shop.tt.admin.email, shop.tt.adminPassword);
      const val = await app.inject({
        method: 'POST',
        url: `/api/${shop.tt.tenant.slug}/admin/tradein-devices/${item.attributes.tradein.tradein_device_id}/final-valuation`,
        headers: admin.headers,
        payload: { price: '200.00', grade: 'Fair', reason: 'Dents' },
      });
      expect(val.statusCode).toBe(200);
      await c.outbox.drain();
      expect(smtp.mails).toHaveLength(1);
      const decided = await sf(t, shop, 'GET', `/users/order_item/${item.id}/tradein_approved/`, { session });
      expect(decided.statusCode).toBe(200);
      const [pending] = await db.query<{ id: number }>(`SELECT id::int AS id FROM outbox_messages WHERE topic = 'email.send' AND status = 'pending'`);
      expect(pending).toBeDefined();
      await app.close();
      await c.close();

      // 2. A worker process claims the confirmation and is SIGKILLed while the SMTP server holds its DATA.
      let held = false;
      smtp.hold(() => (held = true));
      const first = run(['worker'], env);
      children.push(first);
      let out = '';
      first.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      first.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      await waitFor(() => held || first.exitCode !== null, `the worker to reach SMTP (${out})`);
      expect(held, out).toBe(true);
      first.kill('SIGKILL');
      await exited(first);
      expect(smtp.mails).toHaveLength(1);

      // The claim is a lease: the message is still pending, attempted once, invisible until the
      // lease ends. Move the lease end to now instead of waiting the 60 s it lasts.
      const check = await openPglite({ dataDir });
      const [row] = await check.query<{ status: string; attempts: number }>(`SELECT status, attempts FROM outbox_messages WHERE id = $1`, [pending.id]);
      expect(row).toEqual({ status: 'pending', attempts: 1 });
      await check.query(`UPDATE outbox_messages SET available_at = now() WHERE id = $1`, [pending.id]);
      await check.close();

      // 3. Restarted worker delivers it once; a further run sends nothing again.
      for (let i = 0; i < 2; i++) {
        const again = run(['worker', '--once'], env);
        children.push(again);
        let log = '';
        again.stderr!.on('data', (d: Buffer) => (log += d.toString()));
        expect(await exited(again), log).toBe(0);
      }
      const confirmations = smtp.mails.filter((m) => m.decoded.includes('You approved the final value'));
      expect(confirmations).toHaveLength(1);
      expect(confirmations[0].messageId).toBe(`<tradein-${shop.tt.tenant.id}-${pending.id}@kill.test>`);
      expect(smtp.mails).toHaveLength(2);
    } finally {
      await smtp.close();
    }
  }, 180_000);
});
