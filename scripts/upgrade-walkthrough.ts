/**
 * Walks the Upgrade portal of seed 001 against a running server, using only the seed's URLs
 * (`/{tenant}/upgrade/api/…`): registers a customer, uploads photos, creates and submits a
 * submission; as the admin offers, ships, receives, inspects; the customer accepts; waits for the
 * system to complete it. Prints each status and fails on any non-snake_case key.
 *
 *   node --import tsx scripts/upgrade-walkthrough.ts http://127.0.0.1:3000 demo admin@… password
 */
import sharp from 'sharp';

const [base, tenant, adminEmail, adminPassword] = process.argv.slice(2);
if (!base || !tenant || !adminEmail || !adminPassword) {
  console.error('usage: upgrade-walkthrough.ts BASE_URL TENANT ADMIN_EMAIL ADMIN_PASSWORD');
  process.exit(2);
}
const api = `${base.replace(/\/$/, '')}/${tenant}/upgrade/api`;

interface Session {
  cookie: string;
  csrf: string;
}

function snakeCase(v: unknown, path = '$'): void {
  if (Array.isArray(v)) v.forEach((x, i) => snakeCase(x, `${path}[${i}]`));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (!/^[a-z0-9_]+$/.test(k)) throw new Error(`not snake_case: ${path}.${k}`);
      // Keys of these maps are statuses and step names (snake_case too), checked the same way.
      snakeCase(x, `${path}.${k}`);
    }
  }
}

async function call(method: string, path: string, s: Session | null, body?: unknown, form?: FormData): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = {};
  if (s) Object.assign(headers, { cookie: s.cookie, 'x-csrftoken': s.csrf });
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${api}${path}`, { method, headers, body: form ?? (body !== undefined ? JSON.stringify(body) : undefined) });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  snakeCase(json);
  (json as { _cookies?: string[] })._cookies = res.headers.getSetCookie();
  return json;
}

function session(r: Record<string, unknown>): Session {
  const cookies = (r._cookies as string[]).map((c) => c.split(';')[0]);
  delete r._cookies;
  return { cookie: cookies.join('; '), csrf: String(r.csrf_token) };
}

async function main(): Promise<void> {
  const seen: string[] = [];
  const note = (what: string, r: Record<string, unknown>) => {
    const status = String((r.submission as { status?: string } | undefined)?.status ?? r.status);
    seen.push(status);
    console.log(`${what.padEnd(28)} → ${status}`);
  };
  const email = `walkthrough-${Date.now()}@example.test`;
  const customer = session(await call('POST', '/auth/register', null, { email, password: 'walkthrough-pass-1', first_name: 'Walk', last_name: 'Through' }));
  const admin = session(await call('POST', '/auth/login', null, { email: adminEmail, password: adminPassword }));
  const valuations = (await call('GET', '/admin/valuations?limit=1', admin)).results as { variant_id: number }[];
  if (!valuations.length) throw new Error('the tenant has no valuations (POST /admin/valuations first)');
  const photos: string[] = [];
  for (const angle of ['front', 'back', 'screen_on']) {
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a7' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('angle', angle);
    form.append('file', new Blob([jpeg], { type: 'image/jpeg' }), `${angle}.jpg`);
    photos.push(String((await call('POST', '/photos', customer, undefined, form)).id));
  }
  const sub = await call('POST', '/submissions', customer, {
    product_id: `prod_${valuations[0].variant_id}`,
    serial_number: `SN-${Date.now()}`,
    condition: 'good',
    description: 'Minor scratches on grip',
    photos,
  });
  note('create submission', sub);
  const id = String(sub.id);
  note('submit for review', await call('POST', `/submissions/${id}`, customer, {}));
  const offer = await call('POST', '/offers', admin, {
    submission_id: id,
    notes: 'Based on good condition assessment',
    expires_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  });
  note('create offer (admin)', await call('GET', `/submissions/${id}`, customer));
  note('accept offer', await call('POST', `/offers/${String(offer.id)}`, customer, { action: 'accept' }));
  note('ship (admin)', await call('POST', `/submissions/${id}/ship`, admin, {}));
  note('receive (admin)', await call('POST', `/submissions/${id}/receive`, admin, {}));
  note('inspect start (admin)', await call('POST', `/submissions/${id}/inspect`, admin, { action: 'start' }));
  note('inspect complete (admin)', await call('POST', `/submissions/${id}/inspect`, admin, { action: 'complete' }));
  for (let i = 0; i < 60; i++) {
    const now = await call('GET', `/submissions/${id}`, customer);
    if (now.status === 'completed') {
      note('completed (system)', now);
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const stats = await call('GET', '/admin/stats', admin);
  console.log('stats counts', JSON.stringify(stats.counts));
  const expected = ['draft', 'submitted', 'offered', 'accepted', 'shipped', 'received', 'inspected', 'completed'];
  const missing = expected.filter((s) => !seen.includes(s));
  if (missing.length) throw new Error(`statuses not reached: ${missing.join(', ')}`);
  console.log('every status of seed 001 reached; every answer snake_case');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
