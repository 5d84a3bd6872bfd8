import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { login, type Session } from '../helpers/factories.js';
import { harness, type Harness } from '../tradeins/helpers.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback receiver that records every delivery and answers from a script (default 200). */
class Receiver {
  received: Received[] = [];
  script: { status: number; headers?: Record<string, string> }[] = [];
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      this.received.push({ headers: req.headers, body });
      const next = this.script.shift() ?? { status: 200 };
      res.writeHead(next.status, next.headers ?? {});
      res.end('ok');
    });
  });
  url = '';
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  close() {
    return new Promise<void>((r) => this.server.close(() => r()));
  }
  types() {
    return this.received.map((r) => JSON.parse(r.body).type as string);
  }
}

let h: Harness;
let admin: Session;
let receiver: Receiver;
let clock: ManualClock;
beforeAll(async () => {
  h = await harness({ settings: { webhooks: { allowPrivateTargets: true } } });
  clock = h.t.clock as ManualClock;
  // Receivers check webhook-timestamp against their own clock (5 minutes tolerance).
  clock.set(new Date());
  admin = await login(h.t, h.tt.tenant.slug, h.tt.admin.email, h.tt.adminPassword);
  receiver = new Receiver();
  await receiver.start();
});
afterAll(async () => {
  await receiver.close();
  await h.t.close();
});
beforeEach(() => {
  receiver.received = [];
  receiver.script = [];
});

const base = () => `/api/${h.tt.tenant.slug}/admin/webhooks`;
const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  h.t.app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });

async function addEndpoint(body: Record<string, unknown> = {}) {
  const res = await inject('POST', base(), { url: receiver.url, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; secret: string; events: string[] };
}

async function registerTradeIn() {
  const q = h.quote();
  const res = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { Id: number; TradeInDevices: { TradeInDeviceId: number }[] };
}

describe('webhooks', () => {
  it('signs a tradein.registered event so standardwebhooks verifies it, logs the attempt, and replays it', async () => {
    const ep = await addEndpoint({ events: ['tradein.registered'] });
    expect(ep.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const listed = await inject('GET', base());
    expect(JSON.stringify(listed.json())).not.toContain(ep.secret);

    const t = await registerTradeIn();
    await h.t.c.outbox.drain();
    expect(receiver.types()).toEqual(['tradein.registered']);
    const [got] = receiver.received;
    const payload = new Webhook(ep.secret).verify(got.body, {
      'webhook-id': got.headers['webhook-id'] as string,
      'webhook-timestamp': got.headers['webhook-timestamp'] as string,
      'webhook-signature': got.headers['webhook-signature'] as string,
    }) as { type: string; data: { id: number; devices: unknown[] } };
    expect(payload.type).toBe('tradein.registered');
    expect(payload.data.id).toBe(t.Id);
    expect(payload.data.devices).toHaveLength(1);
    expect(Buffer.byteLength(got.body)).toBeLessThan(20 * 1024);
    // A forged body does not verify.
    expect(() => new Webhook(ep.secret).verify(got.body.replace('registered', 'cancelled'), got.headers as Record<string, string>)).toThrow();

    const log = (await inject('GET', `${base()}/${ep.id}/deliveries`)).json();
    expect(log.count).toBe(1);
    expect(log.results[0]).toMatchObject({ outcome: 'succeeded', response_status: 200, event_type: 'tradein.registered', attempt: 1 });
    expect(log.results[0].latency_ms).toBeGreaterThanOrEqual(0);

    const replay = await inject('POST', `${base()}/${ep.id}/replay`, { message_id: log.results[0].message_id });
    expect(replay.statusCode, replay.body).toBe(202);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(2);
    // Same message, same webhook-id: receivers deduplicate on it.
    expect(receiver.received[1].headers['webhook-id']).toBe(got.headers['webhook-id']);
    await inject('DELETE', `${base()}/${ep.id}`);
  });

  it('publishes every device move from the status history (device.status_changed)', async () => {
    const ep = await addEndpoint({ events: ['device.*'] });
    const t = await registerTradeIn();
    const deviceId = t.TradeInDevices[0].TradeInDeviceId;
    await h.t.c.modules.tradeins.transitionDevice(h.tt.ctx, deviceId, 'Packed', { source: 'logistics' });
    await h.t.c.outbox.drain();
    expect(receiver.types()).toEqual(['device.status_changed', 'device.status_changed']);
    expect(JSON.parse(receiver.received.find((r) => r.body.includes('"Packed"'))!.body).data).toMatchObject({
      trade_in_device_id: deviceId,
      status: 'Packed',
      previous_status: 'Registered',
      source: 'logistics',
    });
    await inject('DELETE', `${base()}/${ep.id}`);
  });

  it('retries a failed delivery on the schedule, honours Retry-After, and succeeds later', async () => {
    const ep = await addEndpoint();
    receiver.script = [{ status: 500 }, { status: 429, headers: { 'retry-after': '120' } }];
    const sent = await inject('POST', `${base()}/${ep.id}/test`);
    expect(sent.statusCode).toBe(202);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(1);
    let log = (await inject('GET', `${base()}/${ep.id}/deliveries`)).json();
    expect(log.results[0]).toMatchObject({ outcome: 'failed', response_status: 500, attempt: 1 });
    const retryIn = Date.parse(log.results[0].next_attempt_at) - clock.now().getTime();
    expect(retryIn).toBeGreaterThanOrEqual(4_000);
    expect(retryIn).toBeLessThanOrEqual(6_000);

    clock.advance(6_000);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(2);
    log = (await inject('GET', `${base()}/${ep.id}/deliveries`)).json();
    expect(log.results[0]).toMatchObject({ outcome: 'failed', response_status: 429, attempt: 2 });
    expect(Date.parse(log.results[0].next_attempt_at) - clock.now().getTime()).toBe(120_000);

    clock.advance(60_000);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(2);
    clock.advance(60_000);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(3);
    log = (await inject('GET', `${base()}/${ep.id}/deliveries`)).json();
    expect(log.results[0]).toMatchObject({ outcome: 'succeeded', attempt: 3 });
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    await inject('DELETE', `${base()}/${ep.id}`);
  });

  it('disables an endpoint that answers 410 and tells the tenant admin by e-mail; replays what failed once enabled', async () => {
    const ep = await addEndpoint();
    receiver.script = [{ status: 410 }];
    await inject('POST', `${base()}/${ep.id}/test`);
    await h.t.c.outbox.drain();
    const after = (await inject('GET', `${base()}/${ep.id}`)).json();
    expect(after).toMatchObject({ enabled: false });
    expect(after.disabled_reason).toContain('410');
    const emails = (await h.t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/admin/emails`, headers: admin.headers })).json();
    expect(emails.results.some((e: { to: string; subject: string }) => e.to === h.tt.admin.email && /webhook/i.test(e.subject))).toBe(true);

    // Nothing is sent while disabled; enabling and replaying "failed since" sends it again.
    await inject('POST', `${base()}/${ep.id}/test`);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(1);
    expect((await inject('PATCH', `${base()}/${ep.id}`, { enabled: true })).json().enabled).toBe(true);
    const replay = await inject('POST', `${base()}/${ep.id}/replay`, { since: new Date(clock.now().getTime() - 3_600_000).toISOString() });
    expect(replay.json().queued).toBe(2);
    await h.t.c.outbox.drain();
    expect(receiver.received).toHaveLength(3);
    await inject('DELETE', `${base()}/${ep.id}`);
  });

  it('signs with both secrets while a rotation overlaps', async () => {
    const ep = await addEndpoint();
    const rotated = await inject('POST', `${base()}/${ep.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json().secret as string;
    expect(fresh).not.toBe(ep.secret);
    await inject('POST', `${base()}/${ep.id}/test`);
    await h.t.c.outbox.drain();
    const got = receiver.received[0];
    expect((got.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
    for (const secret of [ep.secret, fresh]) expect(() => new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).not.toThrow();
    await inject('DELETE', `${base()}/${ep.id}`);
  });

  it('refuses private, loopback and non-https targets unless the tenant allows them, and unknown event types', async () => {
    const strict = await harness({ t: h.t });
    const strictAdmin = await login(h.t, strict.tt.tenant.slug, strict.tt.admin.email, strict.tt.adminPassword);
    for (const url of [
      receiver.url,
      'https://127.0.0.1/x',
      'https://10.0.0.8/x',
      'https://169.254.169.254/latest',
      'https://[::1]/x',
      'https://localhost/x',
      'ftp://example.com/x',
    ]) {
      const res = await h.t.app.inject({ method: 'POST', url: `/api/${strict.tt.tenant.slug}/admin/webhooks`, headers: strictAdmin.headers, payload: { url } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('B420001');
    }
    const ok = await h.t.app.inject({
      method: 'POST',
      url: `/api/${strict.tt.tenant.slug}/admin/webhooks`,
      headers: strictAdmin.headers,
      payload: { url: 'https://hooks.example.com/tradein' },
    });
    expect(ok.statusCode).toBe(201);
    const bad = await inject('POST', base(), { url: receiver.url, events: ['tradein.exploded'] });
    expect(bad.json().code).toBe('B420002');
    expect((await inject('GET', `${base()}/999999`)).statusCode).toBe(404);
  });
});
