import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createContainer } from '../../src/main/container.js';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { systemClock } from '../../src/platform/clock/index.js';
import type { Ctx } from '../../src/platform/context.js';
import { openPostgres, type Db } from '../../src/platform/db/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import { startSmtp } from '../notifications/smtp-helper.js';
import { call, cookie, serve, start, until, type Proc, type Res } from './processes.js';

// Issue 18, Deliver 3: N API processes and M workers on one PostgreSQL lose nothing. Two real
// `tradein serve` processes and one `tradein worker` share a fresh database; the test drives
// them alternately over loopback HTTP.
const PG = process.env.TEST_DATABASE_URL;

describe.skipIf(!PG)('two API processes and a worker on one PostgreSQL (runs only with TEST_DATABASE_URL: needs a PostgreSQL server)', () => {
  const dbName = `tradein_mp_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-mp-'));
  const slug = `mp-${randomBytes(3).toString('hex')}`;
  const procs: Proc[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let env: NodeJS.ProcessEnv;
  let api: string[] = [];
  let worker: Proc;
  let db: Db;
  let apiKey = '';
  let tac = '';
  let modelId = 0;
  let otherModelId = 0;
  let valuationId = 0;
  let answers: Record<number, number[]> = {};

  const key = () => ({ 'x-apikey': apiKey });
  // The admin API takes an admin-scope key (a retail key serves the seed 003 API only).
  let adminApiKey = '';
  const adminKey = () => ({ 'x-apikey': adminApiKey });
  const quoteBody = (identifier: string | null) => ({
    GradingForm: { Answers: answers, Extras: [], SystemExtras: [0], GradingDifferenceImages: {} },
    ModelId: modelId,
    ItemIdentifier: identifier,
    TradeInChannel: 0,
    TradeInType: 0,
    CampaignId: 0,
  });
  const imei = () => imeiFromTac(tac, String(100000 + Math.floor(Math.random() * 899999)));
  /** A fresh IMEI with a passed due-diligence check (registration requires one). */
  const checkedImei = async (base: string) => {
    const identifier = imei();
    const check = await call(base, 'POST', '/api/v2/retail/duediligence/check', {
      headers: key(),
      body: { ModelId: modelId, ItemIdentifier: identifier, FmipAttestation: 'NotActivated' },
    });
    expect(check.status, check.text).toBe(200);
    return identifier;
  };

  beforeAll(async () => {
    const admin = await openPostgres({ url: PG! });
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.close();
    const u = new URL(PG!);
    u.pathname = `/${dbName}`;
    smtp = await startSmtp();
    env = {
      DATABASE_URL: u.href,
      DATA_DIR: dataDir,
      APP_SECRET: randomBytes(16).toString('hex'),
      PUBLIC_URL: 'http://tradein.test',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Tradein <no-reply@mp.test>',
      DEFAULT_TENANT: slug,
      WORKER: 'off',
      LOG_LEVEL: 'silent',
    };

    // Set-up in this process: migrate, one tenant with a store, an admin, a key and a price.
    const c = await createContainer(loadConfig(env), { clock: systemClock });
    try {
      const { org } = c.modules;
      const tenant = await org.tenants.create(c.db, { slug, name: 'MP Shop', currency: 'EUR', defaultLocale: 'en', locales: ['en'], settings: {} });
      const ctx: Ctx = { tenant, actor: { kind: 'system' }, db: c.db, clock: systemClock, locale: 'en', requestId: 'mp-setup' };
      const location = await org.locations.create(ctx, { name: 'Store', kind: 'store', address: { city: 'Malmö', countryCode: 'SE' } });
      const user = await org.users.create(ctx, { email: `admin@${slug}.test`, password: 'admin-password-1', role: 'admin', locationIds: [location.id] });
      apiKey = (await org.apiKeys.create(ctx, { userId: user.id, locationId: location.id })).key;
      adminApiKey = (await org.apiKeys.create(ctx, { userId: user.id, scope: 'admin' })).key;
      const [a, b] = await appleVariantsWithTac(c.db, 2);
      modelId = a.variantId;
      tac = a.tac;
      otherModelId = b.variantId;
      valuationId = (await c.modules.pricing.createValuation(ctx, { variantId: modelId, amount: 500 })).id;
    } finally {
      await c.close();
    }

    // Migrations are applied, so the processes can start together.
    const servers = await Promise.all([serve(env), serve(env)]);
    procs.push(...servers);
    api = servers.map((s) => s.url);
    worker = start(['worker'], env);
    procs.push(worker);
    db = await openPostgres({ url: u.href, poolSize: 2 });

    const form = await call(api[0], 'GET', `/api/v2/retail/models/${modelId}/grading-form`, { headers: key() });
    expect(form.status, form.text).toBe(200);
    answers = {};
    for (const q of form.json().Questions as { Id: number; Answers: { Id: number }[] }[]) answers[q.Id] = [q.Answers[0].Id];
  }, 240_000);

  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    await db?.close();
    await smtp?.close();
    const admin = await openPostgres({ url: PG! });
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function register(base: string, email: string, password: string): Promise<{ session: string; csrf: string }> {
    const res = await call(base, 'POST', `/api/${slug}/auth/register`, { body: { email, password, first_name: 'Mia' } });
    expect(res.status, res.text).toBe(201);
    return { session: cookie(res, 'sessionid')!, csrf: cookie(res, 'csrftoken')! };
  }
  const cookies = (s: { session: string; csrf: string }) => `sessionid=${s.session}; csrftoken=${s.csrf}`;

  it('a session and its CSRF token made by one process work on the other; logout there ends it everywhere', async () => {
    const s = await register(api[0], 'walker@example.com', 'plum tree in May');
    const me = await call(api[1], 'GET', `/api/${slug}/auth/me`, { headers: { cookie: cookies(s) } });
    expect(me.status).toBe(200);
    expect(me.json().user.email).toBe('walker@example.com');
    const noCsrf = await call(api[1], 'POST', `/api/${slug}/auth/logout`, { headers: { cookie: cookies(s) } });
    expect(noCsrf.status).toBe(403);
    const out = await call(api[1], 'POST', `/api/${slug}/auth/logout`, { headers: { cookie: cookies(s), 'x-csrftoken': s.csrf } });
    expect(out.status).toBe(204);
    expect((await call(api[0], 'GET', `/api/${slug}/auth/me`, { headers: { cookie: cookies(s) } })).status).toBe(401);
  });

  it('the login throttle holds across processes: parallel guesses on both get 429s, the right password is refused while throttled', async () => {
    await register(api[0], 'target@example.com', 'the real secret 9');
    const results = await Promise.all(
      Array.from({ length: 39 }, (_, i) =>
        call(api[i % 2], 'POST', `/api/${slug}/auth/login`, { body: { email: 'target@example.com', password: `guess-${i}` } }),
      ),
    );
    const codes = results.map((r) => r.status);
    expect(codes.filter((c) => c === 401).length, codes.join(',')).toBeLessThanOrEqual(8);
    expect(codes.filter((c, i) => c === 429 && i % 2 === 0).length).toBeGreaterThan(5);
    expect(codes.filter((c, i) => c === 429 && i % 2 === 1).length).toBeGreaterThan(5);
    const [{ until: blockedUntil }] = await db.query<{ until: Date }>(
      `SELECT max(blocked_until) AS until FROM login_attempts WHERE bucket LIKE 'account-address:target@example.com|%'`,
    );
    const sentAt = Date.now();
    const right = await call(api[1], 'POST', `/api/${slug}/auth/login`, { body: { email: 'target@example.com', password: 'the real secret 9' } });
    // Refused while the block lasts (only a machine slower than the block could send it later).
    if (sentAt < blockedUntil.getTime()) expect(right.status).toBe(429);
    else expect(right.status).toBe(200);
  });

  /** Polls `check` on a process until it holds; answers how long after `since` the first good answer was asked for. */
  async function servedWithin(since: number, check: () => Promise<boolean>): Promise<number> {
    for (;;) {
      const asked = Date.now();
      if (await check()) return asked - since;
      if (asked - since > 10_000) return Infinity;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('a price, a campaign and a catalog change made through one process is served by the other within a second', async () => {
    const offered = async (base: string) =>
      (await call(base, 'POST', '/api/v2/retail/price-quote', { headers: key(), body: quoteBody(null) })).json().OfferedPrice as number;
    const before = await offered(api[1]);
    const put = await call(api[0], 'PUT', `/api/${slug}/admin/valuations/${valuationId}`, { headers: adminKey(), body: { amount: 600 } });
    expect(put.status, put.text).toBe(200);
    let since = Date.now();
    expect(await servedWithin(since, async () => (await offered(api[1])) === (before * 600) / 500)).toBeLessThan(1000);

    const created = await call(api[1], 'POST', `/api/${slug}/admin/campaigns`, {
      headers: adminKey(),
      body: { name: 'Spring', active_from: '2020-01-01T00:00:00Z', active_to: '2099-01-01T00:00:00Z', offers: [] },
    });
    expect(created.status, created.text).toBe(201);
    since = Date.now();
    const id = created.json().id as number;
    expect(
      await servedWithin(since, async () => (await call(api[0], 'GET', `/api/v2/retail/campaigns/details/${id}`, { headers: key() })).status === 200),
    ).toBeLessThan(1000);

    const search = await call(api[1], 'GET', `/api/v2/retail/models/${otherModelId}/grading-form`, { headers: key() });
    expect(search.status).toBe(200);
    const excl = await call(api[0], 'POST', `/api/${slug}/admin/catalog/exclusions`, { headers: adminKey(), body: { kind: 'variant', id: otherModelId } });
    expect(excl.status, excl.text).toBe(201);
    since = Date.now();
    expect(
      await servedWithin(
        since,
        async () => (await call(api[1], 'GET', `/api/v2/retail/models/${otherModelId}/grading-form`, { headers: key() })).status !== 200,
      ),
    ).toBeLessThan(1000);
  });

  it('50 registrations of one quote across both processes: exactly one wins', async () => {
    const identifier = await checkedImei(api[1]);
    const q = await call(api[0], 'POST', '/api/v2/retail/price-quote', { headers: key(), body: quoteBody(identifier) });
    expect(q.status, q.text).toBe(200);
    const quoteId = q.json().PriceQuoteId as string;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(api[i % 2], 'POST', '/api/v2/retail/tradeins', {
          headers: key(),
          body: { TradeInDevices: [{ PriceQuoteId: quoteId, DeviceIdentifier: identifier }] },
        }),
      ),
    );
    const codes = results.map((r) => r.status);
    expect(
      codes.filter((c) => c === 200),
      codes.join(','),
    ).toHaveLength(1);
    expect(codes.every((c) => c === 200 || (c >= 400 && c < 500))).toBe(true);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM trade_in_devices WHERE device_identifier = $1', [identifier]);
    expect(n).toBe(1);
  });

  it('outbox: the worker SIGKILLed twice mid-delivery and restarted delivers every mail exactly once; 50 clicks on one approve link across both processes have one winner', async () => {
    const s = await register(api[0], 'seller@example.com', 'plum tree in May');
    const identifier = await checkedImei(api[0]);
    const q = await call(api[1], 'POST', '/api/v2/retail/price-quote', { headers: key(), body: quoteBody(identifier) });
    expect(q.status, q.text).toBe(200);
    const order = await call(api[1], 'POST', '/orders/checkout/', {
      headers: { cookie: cookies(s), 'x-csrftoken': s.csrf },
      body: {
        items: [
          {
            product_sku: 'P',
            product_name: 'Phone',
            price: '900.00',
            quantity: 1,
            tradein: { price_quote_id: q.json().PriceQuoteId, device_identifier: identifier },
          },
        ],
      },
    });
    expect(order.status, order.text).toBe(201);
    const item = order.json().orderitem_set[0];

    // The valuation mail: held by the SMTP server twice, the worker killed each time.
    let holds = 0;
    const killWhileHeld = async (w: Proc) => {
      let held = false;
      smtp.hold(() => (held = true));
      await until(
        () => held || w.child.exitCode !== null,
        90_000,
        () => `the worker to reach SMTP: ${w.output()}`,
      );
      expect(held, w.output()).toBe(true);
      w.child.kill('SIGKILL');
      await w.exited;
      holds++;
      // The claim is a lease (60 s); end it now instead of waiting.
      await db.query(`UPDATE outbox_messages SET available_at = now() WHERE status = 'pending'`);
    };
    const val = await call(api[0], 'POST', `/api/${slug}/admin/tradein-devices/${item.attributes.tradein.tradein_device_id}/final-valuation`, {
      headers: adminKey(),
      body: { price: '1.00', grade: 'Fair', reason: 'Cracked back' },
    });
    expect(val.status, val.text).toBe(200);
    await killWhileHeld(worker);
    const second = start(['worker'], env);
    procs.push(second);
    await killWhileHeld(second);
    const third = start(['worker'], env);
    procs.push(third);
    expect(holds).toBe(2);
    const valuationMail = await until(
      () => smtp.mails.find((m) => m.decoded.includes('tradein_approved')) ?? null,
      60_000,
      () => third.output(),
    );
    const link = new URL(valuationMail.decoded.match(/https?:\/\/[^\s"<>]+tradein_approved\/\?token=[^\s"<>]+/)![0].replace(/&amp;/g, '&'));

    const clicks = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(api[i % 2], 'POST', link.pathname, { headers: { accept: 'application/json' }, body: { token: link.searchParams.get('token') } }),
      ),
    );
    const codes = clicks.map((r: Res) => r.status);
    expect(
      codes.filter((c) => c >= 200 && c < 300),
      codes.join(','),
    ).toHaveLength(1);
    expect(codes.filter((c) => c === 404)).toHaveLength(49);

    await until(
      () => smtp.mails.some((m) => m.decoded.includes('You approved the final value')),
      60_000,
      () => third.output(),
    );
    // Every message of a topic the worker handles (it prints them) is delivered.
    const topics = third
      .output()
      .match(/topics: ([^)]*)\)/)![1]
      .split(', ');
    expect(topics).toEqual(expect.arrayContaining(['email.send', 'tradeins.final_valuation_recorded']));
    let left: unknown[] = [];
    await until(
      async () =>
        (left = await db.query(`SELECT id, topic, status, attempts, last_error FROM outbox_messages WHERE status <> 'delivered' AND topic = ANY($1)`, [topics]))
          .length === 0,
      60_000,
      () => `the outbox to drain: ${JSON.stringify(left)}`,
    );
    // Exactly once: each message id reached the SMTP server once.
    const ids = smtp.mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(smtp.mails.filter((m) => m.decoded.includes('tradein_approved'))).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.decoded.includes('You approved the final value'))).toHaveLength(1);
  }, 300_000);
});
