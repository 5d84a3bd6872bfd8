import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  credentials,
  deepJson,
  HOSTILE,
  HOSTILE_TEXT,
  operations,
  probe,
  sample,
  urlFor,
  type Credentials,
  type Finding,
  type JsonSchema,
  type Operation,
} from './walk.js';

/**
 * Walks every operation of `/openapi.json` (read from the app, so new routes are covered as
 * they land) with hostile values in each path parameter, query parameter and body field, with
 * valid credentials of the surface and without. No answer may be a 5xx or show internals
 * (stack traces, SQL, file paths). Bounded: about two to three thousand requests.
 */
let t: TestApp;
let creds: Credentials;
let ops: Operation[];
beforeAll(async () => {
  t = await createTestApp();
  creds = await credentials(t);
  ops = await operations(t);
});
afterAll(() => t.close());

/** Body fields to poison: each top-level property and the properties of object-typed ones. */
function bodyTargets(schema: JsonSchema | null): string[][] {
  if (!schema?.properties) return [];
  const targets: string[][] = [];
  for (const [key, prop] of Object.entries(schema.properties)) {
    targets.push([key]);
    const inner = prop.properties ?? prop.anyOf?.find((a) => a.properties)?.properties;
    if (inner) for (const k of Object.keys(inner).slice(0, 4)) targets.push([key, k]);
  }
  return targets;
}

function withValueAt(base: unknown, path: string[], value: unknown): unknown {
  const root = structuredClone((base && typeof base === 'object' ? base : {}) as Record<string, unknown>);
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
  return root;
}

async function walk(op: Operation, findings: Finding[]): Promise<number> {
  let sent = 0;
  const slug = creds.tt.tenant.slug;
  const baseQuery: Record<string, string> = {};
  for (const q of op.queryParams) {
    const v = sample(q.schema);
    if (v !== undefined && typeof v !== 'object') baseQuery[q.name] = String(v);
  }
  const json = op.bodyType === 'application/json';
  const baseBody = json ? (sample(op.body ?? {}) ?? {}) : undefined;
  const send = async (
    label: string,
    authed: boolean,
    url: string,
    body?: unknown,
    raw?: string,
    extraHeaders: Record<string, string> = {},
    remoteAddress?: string,
  ) => {
    const headers: Record<string, string> = { ...(authed ? creds.headers(op.surface) : { host: creds.host }), ...extraHeaders };
    const payload = raw ?? (body !== undefined && op.method !== 'GET' && op.method !== 'DELETE' ? JSON.stringify(body) : undefined);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    sent++;
    const res = await probe(t, findings, `${op.method} ${url.slice(0, 200)} ${label}${authed ? '' : ' (no credentials)'}`, {
      method: op.method as 'GET',
      url,
      headers,
      payload,
      remoteAddress,
    });
    // A walked route may end the session (logout) or spend the key: sign in again.
    if (authed && res.statusCode === 401) await creds.refresh();
    return res;
  };

  for (const authed of [true, false]) {
    const texts = authed ? HOSTILE_TEXT : HOSTILE_TEXT.filter((h) => h.name === 'nul' || h.name === 'int4+1');
    const values = authed ? HOSTILE : HOSTILE.filter((h) => h.name === 'nul' || h.name === 'int4+1' || h.name === 'date-min');
    await send('baseline', authed, urlFor(op, slug, {}, baseQuery), baseBody);
    for (const name of op.pathParams) {
      const list = name === 'tenant' ? texts.filter((h) => ['nul', 'long', 'unicode'].includes(h.name)) : texts;
      for (const h of list) await send(`path ${name}=${h.name}`, authed, urlFor(op, slug, { [name]: h.value }, baseQuery), baseBody);
    }
    for (const q of op.queryParams) {
      for (const h of texts) await send(`query ${q.name}=${h.name}`, authed, urlFor(op, slug, {}, { ...baseQuery, [q.name]: h.value }), baseBody);
    }
    if (json) {
      for (const path of bodyTargets(op.body)) {
        for (const h of values) await send(`body ${path.join('.')}=${h.name}`, authed, urlFor(op, slug, {}, baseQuery), withValueAt(baseBody, path, h.value));
      }
    }
    if (op.method !== 'GET' && op.method !== 'DELETE') {
      const url = urlFor(op, slug, {}, baseQuery);
      await send('deep JSON body', authed, url, undefined, deepJson(100_000));
      if (authed) {
        await send('array body', authed, url, [baseBody]);
        await send('NUL key body', authed, url, { ...(baseBody as object), 'a\u0000': 1 });
        await send('garbage body', authed, url, undefined, '{"a":');
      }
    }
  }
  const url = urlFor(op, slug, {}, baseQuery);
  await send('hostile headers', true, url, baseBody, undefined, { 'accept-language': 'x'.repeat(5_000), 'x-request-id': '\u00ff'.repeat(70) });
  // From another address: wrong keys are throttled per address, which would stop the walk.
  await send('wrong key', false, url, baseBody, undefined, { 'x-apikey': '😀'.repeat(500) }, '192.0.2.1');
  return sent;
}

describe('fuzz walk over every operation of /openapi.json', () => {
  it('covers the surfaces', () => {
    const surfaces = new Set(ops.map((o) => o.surface));
    for (const s of ['retail', 'admin', 'upgrade', 'storefront'] as const) expect(surfaces).toContain(s);
    expect(ops.length).toBeGreaterThan(50);
  });

  for (const surface of ['retail', 'admin', 'upgrade', 'storefront'] as const) {
    it(`answers no 5xx and shows no internals (${surface})`, async () => {
      const findings: Finding[] = [];
      let sent = 0;
      for (const op of ops.filter((o) => o.surface === surface)) sent += await walk(op, findings);
      // Bounded: a few thousand requests per surface (the admin surface is the largest).
      expect(sent).toBeLessThan(8_000);
      expect(findings, JSON.stringify(findings.slice(0, 20), null, 1)).toEqual([]);
    }, 600_000);
  }
});
