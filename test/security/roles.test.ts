import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { login, registerCustomer, type Session } from '../helpers/factories.js';
import type { Role } from '../../src/platform/context.js';
import { credentials, operations, sample, urlFor, type Credentials, type Operation } from './walk.js';

/**
 * Role walk over every admin operation of `/openapi.json` (#18 item 14): a role without the
 * right gets 403 before any validation, so an invalid request tells it nothing more than a valid
 * one. Customers have no right on the admin API at all.
 */
let t: TestApp;
let creds: Credentials;
let adminOps: Operation[];
const sessions: Partial<Record<Role, Session>> = {};
const keys: Partial<Record<Role, string>> = {};
const PASSWORD = 'Role-walk-passphrase-2026!';

beforeAll(async () => {
  t = await createTestApp();
  creds = await credentials(t);
  adminOps = (await operations(t)).filter((o) => o.surface === 'admin');
  const { org } = t.c.modules;
  for (const role of ['technician', 'agent'] as const) {
    const user = await org.users.create(creds.tt.ctx, {
      email: `${role}@${creds.tt.tenant.slug}.test`,
      password: PASSWORD,
      role,
      firstName: 'R',
      lastName: role,
      locationIds: [creds.tt.location.id],
    });
    sessions[role] = await login(t, creds.tt.tenant.slug, user.email, PASSWORD);
    keys[role] = (await org.apiKeys.create(creds.tt.ctx, { userId: user.id, locationId: creds.tt.location.id })).key;
  }
  sessions.customer = await registerCustomer(t, creds.tt.tenant.slug, `walker@${creds.tt.tenant.slug}.test`);
});
afterAll(() => t.close());

const hasBody = (op: Operation) => op.method !== 'GET' && op.method !== 'DELETE' && op.bodyType === 'application/json';

/** The same operation twice: with plausible input, and with input no schema accepts. */
async function pair(op: Operation, headers: Record<string, string>) {
  const slug = creds.tt.tenant.slug;
  const valid = await t.app.inject({
    method: op.method as 'GET',
    url: urlFor(op, slug),
    headers,
    ...(hasBody(op) ? { payload: (sample(op.body ?? {}) ?? {}) as object } : {}),
  });
  const invalidParams = Object.fromEntries(op.pathParams.filter((p) => p !== 'tenant').map((p) => [p, '-1x\u00e9']));
  const invalid = await t.app.inject({
    method: op.method as 'GET',
    url: urlFor(op, slug, invalidParams, { limit: 'abc', page: '-5' }),
    headers,
    ...(hasBody(op) ? { payload: { settings: 7, definition: 'x', email: 5, name: ['\u0000'], amount: 'lots', __unknown: true } } : {}),
  });
  return { valid, invalid };
}

describe('role walk over every admin operation', () => {
  it('finds the admin operations', () => {
    expect(adminOps.length).toBeGreaterThan(20);
  });

  it('a customer gets 403 on every admin operation, whatever the input', async () => {
    const wrong: string[] = [];
    for (const op of adminOps) {
      const { valid, invalid } = await pair(op, sessions.customer!.headers);
      if (valid.statusCode !== 403 || invalid.statusCode !== 403) wrong.push(`${op.method} ${op.path}: ${valid.statusCode}/${invalid.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const role of ['technician', 'agent'] as const) {
    for (const via of ['session', 'api key'] as const) {
      it(`${role} (${via}): where the right is missing, invalid input also gets 403, never 400`, async () => {
        const headers = via === 'session' ? sessions[role]!.headers : { 'x-apikey': keys[role]! };
        const wrong: string[] = [];
        let forbidden = 0;
        for (const op of adminOps) {
          const { valid, invalid } = await pair(op, headers);
          if (valid.statusCode === 403) forbidden++;
          if ((valid.statusCode === 403) !== (invalid.statusCode === 403))
            wrong.push(`${op.method} ${op.path}: valid ${valid.statusCode}, invalid ${invalid.statusCode} ${invalid.body.slice(0, 120)}`);
        }
        expect(wrong).toEqual([]);
        expect(forbidden).toBeGreaterThan(5);
      }, 120_000);
    }
  }

  it('an admin still gets a 400 naming the field for invalid input', async () => {
    const s = await login(t, creds.tt.tenant.slug, creds.tt.admin.email, creds.tt.adminPassword);
    const res = await t.app.inject({ method: 'POST', url: `/api/${creds.tt.tenant.slug}/admin/locations`, headers: s.headers, payload: { name: 5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { path: string }) => f.path)).toContain('name');
    const agent = await t.app.inject({
      method: 'POST',
      url: `/api/${creds.tt.tenant.slug}/admin/locations`,
      headers: sessions.agent!.headers,
      payload: { name: 5 },
    });
    expect(agent.statusCode).toBe(403);
    expect(agent.json().code).toBe('F000001');
  });
});
