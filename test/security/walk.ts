import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type Session, type TestTenant } from '../helpers/factories.js';

/** The parts of an OpenAPI document the walks read. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  additionalProperties?: JsonSchema | boolean;
}

export interface Operation {
  method: string;
  /** OpenAPI path with `{name}` placeholders. */
  path: string;
  surface: 'retail' | 'admin' | 'upgrade' | 'storefront' | 'ops';
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema }[];
  headerParams: { name: string; schema: JsonSchema }[];
  body: JsonSchema | null;
  bodyType: string | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function surfaceOfPath(path: string): Operation['surface'] {
  if (path.startsWith('/api/v2/')) return 'retail';
  if (path.startsWith('/api/{tenant}/admin/')) return 'admin';
  if (path.startsWith('/api/')) return 'upgrade';
  if (path.startsWith('/users/') || path.startsWith('/orders/') || path === '/login') return 'storefront';
  return 'ops';
}

/** Every operation `/openapi.json` of the running app lists. */
export async function operations(t: TestApp): Promise<Operation[]> {
  const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<string, { parameters?: { in: string; name: string; schema?: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
    >;
  };
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const bodyType = Object.keys(content)[0] ?? null;
      ops.push({
        method: method.toUpperCase(),
        path,
        surface: surfaceOfPath(path),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        headerParams: params.filter((p) => p.in === 'header').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: bodyType ? (content[bodyType]?.schema ?? {}) : null,
        bodyType,
      });
    }
  }
  return ops;
}

function firstType(s: JsonSchema): string | undefined {
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t) return t;
  if (s.properties) return 'object';
  return undefined;
}

/** A plausible value for `schema`: what a well-behaved client would send. */
export function sample(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt?.length) return sample(alt.find((a) => a.type !== 'null') ?? alt[0], depth + 1);
  if (schema.allOf?.length) return sample(schema.allOf[0], depth + 1);
  const type = firstType(schema) ?? 'unknown';
  switch (type) {
    case 'string':
      if (schema.format === 'date-time') return '2026-06-01T10:00:00Z';
      if (schema.format === 'date') return '2026-06-01';
      if (schema.format === 'email') return 'fuzz@example.test';
      if (schema.format === 'uri') return 'https://example.test/x';
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(999_999, schema.minimum ?? 0, (schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return true;
    case 'array':
      return schema.minItems ? [sample(schema.items, depth + 1)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(k)) out[k] = sample(v, depth + 1);
      }
      return out;
    }
    default:
      return 'x';
  }
}

/** Deeply nested JSON text (the parser must refuse it without walking it recursively). */
export function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** What a hostile client puts into one field. */
export const HOSTILE: { name: string; value: unknown }[] = [
  { name: 'nul', value: 'a\u0000b' },
  { name: 'int4+1', value: 2_147_483_648 },
  { name: 'negative', value: -1 },
  { name: 'int-huge', value: 1e300 },
  { name: 'date-min', value: '-271821-04-20T00:00:00Z' },
  { name: 'date-max', value: '+275760-09-13T00:00:00Z' },
  { name: 'long', value: 'x'.repeat(100_000) },
  { name: 'object', value: { a: { b: ['\u0000'] } } },
  { name: 'array', value: [2_147_483_648, '\u0000'] },
  { name: 'bool', value: true },
  { name: 'null', value: null },
  { name: 'unicode', value: '\u202e😀\ud800\uffff' },
  { name: 'digits', value: '9'.repeat(40) },
];

/** The same as query/path text. */
export const HOSTILE_TEXT: { name: string; value: string }[] = [
  { name: 'nul', value: 'a\u0000b' },
  { name: 'int4+1', value: '2147483648' },
  { name: 'negative', value: '-1' },
  { name: 'zero', value: '0' },
  { name: 'float', value: '1.5' },
  { name: 'exp', value: '1e400' },
  { name: 'date-min', value: '-271821-04-20T00:00:00Z' },
  { name: 'long', value: 'x'.repeat(3_000) },
  { name: 'unicode', value: '\u202e😀' },
  { name: 'word', value: 'abc' },
  { name: 'empty', value: '' },
];

export interface Credentials {
  tt: TestTenant;
  host: string;
  /** Headers that authenticate a request of `surface` (none for ops). */
  headers(surface: Operation['surface']): Record<string, string>;
  /** Signs in again (a walked route may have ended a session). */
  refresh(): Promise<void>;
}

/** A tenant with an admin session, a retail API key and a customer session (with CSRF). */
export async function credentials(t: TestApp): Promise<Credentials> {
  const tt = await createTenant(t);
  const host = `${tt.tenant.slug}.shop.test`;
  await t.c.modules.org.tenants.addHost(t.c.db, tt.tenant, host);
  const customerEmail = `customer@${tt.tenant.slug}.test`;
  let admin: Session = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
  let customer: Session = await registerCustomer(t, tt.tenant.slug, customerEmail);
  return {
    tt,
    host,
    headers(surface) {
      switch (surface) {
        case 'retail':
          return { 'x-apikey': tt.apiKey };
        case 'admin':
          return admin.headers;
        case 'upgrade':
        case 'storefront':
          return { ...customer.headers, host };
        case 'ops':
          return {};
      }
    },
    async refresh() {
      admin = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
      customer = await login(t, tt.tenant.slug, customerEmail, 'customer-pass-1');
    },
  };
}

/** Text in a response that belongs to the server's insides, never to a client. */
const INTERNALS = [
  /\n\s+at [^\n]+:\d+:\d+/, // stack frame
  /node_modules|\/src\/|\.ts:\d+|\/work\//, // file paths
  /\b(select|insert into|update|delete from)\b[^"]{0,80}\b(from|set|values|where)\b/i, // SQL
  /invalid input syntax|violates|duplicate key|relation "|column "|out of range for type|invalid byte sequence|unsupported Unicode escape|syntax error at/i,
  /DatabaseError|TypeError|ReferenceError|RangeError/,
];

/** The first piece of internals a response body shows, or null. */
export function leakedInternals(res: LightMyRequestResponse): string | null {
  const type = String(res.headers['content-type'] ?? '');
  if (type && !/json|text|html|xml/.test(type)) return null;
  for (const re of INTERNALS) {
    const m = re.exec(res.body);
    if (m) return m[0];
  }
  return null;
}

export interface Finding {
  request: string;
  status: number;
  detail: string;
}

/** Sends a request and records a finding when it answers 5xx or shows internals. */
export async function probe(t: TestApp, findings: Finding[], label: string, options: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await t.app.inject(options);
  if (res.statusCode >= 500) findings.push({ request: label, status: res.statusCode, detail: res.body.slice(0, 300) });
  else if (res.body.includes('B000003'))
    findings.push({ request: label, status: res.statusCode, detail: `refused by the database, not by validation: ${res.body.slice(0, 300)}` });
  else {
    const leak = leakedInternals(res);
    if (leak) findings.push({ request: label, status: res.statusCode, detail: `leaks ${JSON.stringify(leak)}: ${res.body.slice(0, 300)}` });
  }
  return res;
}

/** A concrete URL for `op` with every path parameter valid-looking unless overridden. */
export function urlFor(op: Operation, slug: string, override: Record<string, string> = {}, query: Record<string, string> = {}): string {
  let url = op.path;
  for (const name of op.pathParams) {
    const value = override[name] ?? (name === 'tenant' ? slug : '999999');
    url = url.replace(`{${name}}`, encodeURIComponent(value));
  }
  const qs = new URLSearchParams(query).toString();
  return qs ? `${url}?${qs}` : url;
}
