import type { TestApp } from './test-app.js';
import { uniqueSlug } from './test-app.js';
import type { Clock } from '../../src/platform/clock/index.js';
import type { Ctx } from '../../src/platform/context.js';
import type { Db } from '../../src/platform/db/index.js';
import type { LocationRecord, OrgModule, TenantRecord, UserRecord } from '../../src/modules/org/index.js';

export interface TestTenant {
  tenant: TenantRecord;
  ctx: Ctx;
  admin: UserRecord;
  adminPassword: string;
  location: LocationRecord;
  /** Retail-scope key (seed 003 API) of the admin user at the store. */
  apiKey: string;
  /** Admin-scope key (admin API) of the admin user (issue 10: a key serves one surface). */
  adminKey: string;
}

/** What creating a tenant needs: the whole product (`createTestApp`) or the org module on a database (module tests). */
export type TenantDeps = TestApp | { org: OrgModule; db: Db; clock: Clock };

/** A tenant with a store, an admin, a retail API key and an admin API key. */
export async function createTenant(
  t: TenantDeps,
  options: { slug?: string; currency?: string; locale?: 'en' | 'tr' | 'sv' | 'de'; settings?: Record<string, unknown> } = {},
): Promise<TestTenant> {
  const { org, db, clock } = 'c' in t ? { org: t.c.modules.org, db: t.c.db, clock: t.clock } : t;
  const tenant = await org.tenants.create(db, {
    slug: options.slug ?? uniqueSlug(),
    name: 'Test Programme',
    currency: options.currency ?? 'EUR',
    defaultLocale: options.locale ?? 'en',
    locales: ['en', 'tr', 'sv', 'de'],
    settings: options.settings ?? {},
  });
  const ctx: Ctx = { tenant, actor: { kind: 'system' }, db, clock, locale: 'en', requestId: 'test' };
  const location = await org.locations.create(ctx, { name: 'Test Store', kind: 'store', address: { city: 'Stockholm', countryCode: 'SE' } });
  const adminPassword = 'admin-password-1';
  const admin = await org.users.create(ctx, {
    email: `admin@${tenant.slug}.test`,
    password: adminPassword,
    role: 'admin',
    firstName: 'Ada',
    lastName: 'Admin',
    locationIds: [location.id],
  });
  const { key } = await org.apiKeys.create(ctx, { userId: admin.id, locationId: location.id });
  const { key: adminKey } = await org.apiKeys.create(ctx, { userId: admin.id, scope: 'admin' });
  return { tenant, ctx, admin, adminPassword, location, apiKey: key, adminKey };
}

export interface Session {
  cookieName: string;
  token: string;
  csrf: string;
  /** Cookie header with session and CSRF cookies. */
  cookie: string;
  /** Headers for an unsafe request: cookie + x-csrftoken. */
  headers: Record<string, string>;
}

function cookieValue(setCookie: string | string[] | undefined, name: string): string | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const c of list) {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1);
  }
  return undefined;
}

/** Signs in through `/api/{tenant}/auth/login` and returns the cookies. */
export async function login(t: TestApp, slug: string, email: string, password: string, cookieName = 'sessionid'): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: `/api/${slug}/auth/login`, payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const token = cookieValue(res.headers['set-cookie'], cookieName);
  const csrf = cookieValue(res.headers['set-cookie'], 'csrftoken');
  if (!token || !csrf) throw new Error(`login did not set cookies: ${JSON.stringify(res.headers['set-cookie'])}`);
  const cookie = `${cookieName}=${token}; csrftoken=${csrf}`;
  return { cookieName, token, csrf, cookie, headers: { cookie, 'x-csrftoken': csrf } };
}

/** Registers a customer and returns the session. */
export async function registerCustomer(
  t: TestApp,
  slug: string,
  email: string,
  password = 'customer-pass-1',
  cookieName = 'sessionid',
): Promise<Session & { userId: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/${slug}/auth/register`,
    payload: { email, password, first_name: 'Cem', last_name: 'Customer' },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const token = cookieValue(res.headers['set-cookie'], cookieName)!;
  const csrf = cookieValue(res.headers['set-cookie'], 'csrftoken')!;
  const cookie = `${cookieName}=${token}; csrftoken=${csrf}`;
  return { cookieName, token, csrf, cookie, headers: { cookie, 'x-csrftoken': csrf }, userId: res.json().user.id };
}
