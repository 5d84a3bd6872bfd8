/**
 * `@tradein/sdk` — a typed client for the three API styles Tradein serves, generated from the
 * committed `openapi.json` (paths, bodies, answers and error codes are checked by the compiler),
 * with a thin layer: one factory per surface, retries of idempotent calls, errors with their
 * stable codes, and webhook verification.
 *
 * ```ts
 * const api = retail({ baseUrl: 'https://tradein.example', apiKey: process.env.TRADEIN_KEY! });
 * const { Data } = unwrap(await api.GET('/api/v2/retail/models', { params: { query: { term: 'iphone 13 pro' } } }));
 * ```
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';
import { TradeinApiError } from './errors.js';
import { retryingFetch } from './retrying-fetch.js';

export type { paths } from './schema.js';
export { TradeinApiError, unwrap } from './errors.js';
export { verifyWebhook, type TradeinWebhookEvent } from './webhooks.js';
export { retryingFetch } from './retrying-fetch.js';

export interface ClientOptions {
  /** Where Tradein runs, e.g. `https://tradein.example`. */
  baseUrl: string;
  /** Answer language (`en`, `tr`, `sv`, `de`); errors come localized. */
  locale?: string;
  /** Retries of idempotent calls (default 2). */
  retries?: number;
  /** A custom fetch (tests, proxies). */
  fetch?: typeof fetch;
}

/** A signed-in session: the cookie header value and the CSRF token sent on unsafe calls. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

export type TradeinClient = Client<paths>;

function make(opts: ClientOptions, headers: Record<string, string>): TradeinClient {
  return createClient<paths>({
    baseUrl: opts.baseUrl.replace(/\/$/, ''),
    fetch: retryingFetch(opts.fetch ?? globalThis.fetch, opts.retries ?? 2),
    headers: { ...(opts.locale ? { 'accept-language': opts.locale } : {}), ...headers },
  });
}

/** The retail (vendor) API of seed 003, authenticated by an `x-apikey` of scope `retail`. */
export function retail(opts: ClientOptions & { apiKey: string }): TradeinClient {
  return make(opts, { 'x-apikey': opts.apiKey });
}

/** The Upgrade portal (seed 001) and the session routes of the web app, as a signed-in user. */
export function portal(opts: ClientOptions & { session: Session }): TradeinClient {
  return make(opts, { cookie: opts.session.cookie, 'x-csrftoken': opts.session.csrfToken });
}

/** The admin API: an admin-scope API key, or a staff session. */
export function admin(opts: ClientOptions & ({ apiKey: string } | { session: Session })): TradeinClient {
  return 'apiKey' in opts ? make(opts, { 'x-apikey': opts.apiKey }) : make(opts, { cookie: opts.session.cookie, 'x-csrftoken': opts.session.csrfToken });
}

/**
 * Signs in at `/api/{tenant}/auth/login` and returns the session (cookie + CSRF token) for
 * {@link portal} or {@link admin}.
 */
export async function login(opts: ClientOptions & { tenant: string; email: string; password: string }): Promise<Session> {
  const res = await (opts.fetch ?? globalThis.fetch)(`${opts.baseUrl.replace(/\/$/, '')}/api/${encodeURIComponent(opts.tenant)}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: opts.email, password: opts.password }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new TradeinApiError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText, body);
  }
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('csrftoken='))?.slice('csrftoken='.length) ?? '';
  return { cookie: cookies.join('; '), csrfToken: csrf };
}
