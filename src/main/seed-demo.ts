import fs from 'node:fs';
import path from 'node:path';
import type { Container } from './container.js';
import type { Ctx } from '../platform/context.js';
import { randomToken } from '../platform/ids/index.js';

export interface DemoCredentials {
  tenant: string;
  adminEmail: string;
  adminPassword: string;
  /** Retail-scope key (seed 003 API only) bound to the store agent and the store. */
  apiKey: string;
  agentEmail?: string;
  /** The store agent's password (point of sale at /store). */
  agentPassword?: string;
  locationId?: number;
  locationName?: string;
}

/**
 * Idempotent demo: the tenant (if missing), a store, an admin user (admin login), a store agent
 * and a retail-scope API key bound to the agent and the store (it cannot use the admin API), plus
 * whatever demo data each module seeds. Credentials are written once to
 * `DATA_DIR/demo-credentials.json` (the database keeps only hashes) so later starts can print them.
 */
export async function seedDemo(
  c: Container,
  slug = 'demo',
  options: { skipUnchanged?: boolean } = {},
): Promise<{ created: boolean; credentials: DemoCredentials | null }> {
  const { org } = c.modules;
  let created = false;
  let tenant = await org.tenants.findBySlug(slug);
  if (!tenant) {
    tenant = await org.tenants.create(c.db, {
      slug,
      name: slug === 'demo' ? 'Demo Trade-in Programme' : slug,
      currency: 'EUR',
      defaultLocale: 'en',
      locales: ['en', 'tr', 'sv', 'de'],
    });
    created = true;
  }
  const ctx: Ctx = { tenant, actor: { kind: 'system' }, db: c.db, clock: c.clock, locale: 'en', requestId: 'seed' };
  const credentialsFile = path.join(c.config.dataDir, `demo-credentials${slug === 'demo' ? '' : `-${slug}`}.json`);

  const adminEmail = `admin@${slug}.tradein.local`;
  const agentEmail = `agent@${slug}.tradein.local`;
  let admin = await org.users.findByEmail(ctx, adminEmail);
  let credentials: DemoCredentials | null = fs.existsSync(credentialsFile) ? (JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as DemoCredentials) : null;
  const store = async () =>
    (await org.locations.list(ctx))[0] ??
    (await org.locations.create(ctx, {
      name: 'Demo Store Stockholm',
      kind: 'store',
      externalRef: 'STORE-001',
      address: { street1: 'Drottninggatan 1', city: 'Stockholm', postCode: '111 51', countryCode: 'SE' },
    }));
  if (!admin) {
    const location = await store();
    const adminPassword = randomToken(12);
    admin = await org.users.create(ctx, {
      email: adminEmail,
      password: adminPassword,
      role: 'admin',
      firstName: 'Demo',
      lastName: 'Admin',
      locationIds: [location.id],
    });
    credentials = { tenant: slug, adminEmail, adminPassword, apiKey: '' };
    created = true;
  }
  // The retail key acts as a store agent at the store (data dirs from before issue 10 had an admin-bound key: replace it).
  if (credentials && !credentials.agentEmail) {
    const location = await store();
    // The store agent signs in at /store too (the same person the retail key acts for).
    const agentPassword = randomToken(12);
    const agent =
      (await org.users.findByEmail(ctx, agentEmail)) ??
      (await org.users.create(ctx, {
        email: agentEmail,
        password: agentPassword,
        role: 'agent',
        firstName: 'Demo',
        lastName: 'Agent',
        locationIds: [location.id],
      }));
    const { key } = await org.apiKeys.create(ctx, { userId: agent.id, locationId: location.id, name: 'demo retail key (store agent)', scope: 'retail' });
    credentials = { ...credentials, apiKey: key, agentEmail, agentPassword, locationId: location.id, locationName: location.name };
    fs.mkdirSync(c.config.dataDir, { recursive: true });
    fs.writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  }

  // `tradein start` on an unchanged database: the module seeds ran for this tenant, catalog
  // version and schema already (demo prices alone take seconds), so they are not run again.
  const signature = await demoSignature(c, tenant.id);
  const marker = `demo_seeded:${slug}`;
  if (options.skipUnchanged && !created) {
    const rows = await c.db.query<{ value: string }>(`SELECT value FROM app_settings WHERE key = $1`, [marker]);
    if (rows[0]?.value === signature) return { created, credentials };
  }
  for (const seed of demoSeeds) await seed(c, ctx);
  await c.db.query(`INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [marker, signature]);
  return { created, credentials };
}

/** What the demo seeds depend on: the tenant, the reference data versions, the applied migrations, the seed list. */
async function demoSignature(c: Container, tenantId: number): Promise<string> {
  const [refs, migrations] = await Promise.all([
    c.db.query<{ name: string; version: string }>(`SELECT name, version FROM reference_data_versions ORDER BY name`),
    c.db.query<{ n: number; last: string | null }>(`SELECT count(*)::int AS n, max(name) AS last FROM schema_migrations`),
  ]);
  return JSON.stringify({ tenantId, refs: refs.map((r) => `${r.name}@${r.version}`), migrations: migrations[0], seeds: demoSeeds.length });
}

/** Demo data of each module, each idempotent. Modules add theirs here as they land. */
const demoSeeds: Array<(c: Container, ctx: Ctx) => Promise<void>> = [
  // Demo base prices for the whole catalog (labelled 'demo') and two campaigns.
  async (c, ctx) => {
    await c.modules.pricing.seedDemoPrices(ctx);
    await c.modules.campaigns.seedDemo(ctx);
  },
  (c, ctx) => c.modules.datafields.seedDemo(ctx),
  // The facility devices are shipped to, received and inspected at.
  async (c, ctx) => {
    const locations = await c.modules.org.locations.list(ctx);
    if (locations.some((l) => l.kind === 'facility')) return;
    await c.modules.org.locations.create(ctx, {
      name: 'Demo Facility Göteborg',
      kind: 'facility',
      externalRef: 'FAC-001',
      address: { street1: 'Lindholmsallén 10', city: 'Göteborg', postCode: '417 55', countryCode: 'SE', phone: '+46 31 000 00 00' },
    });
  },
];

export interface DemoAgentCredentials {
  email: string;
  password: string;
  location: string;
}

/**
 * Idempotent: a store agent of the demo tenant who works at its first store, for the point of
 * sale (`/store`). The password is kept (like the admin's) in `DATA_DIR/demo-agent-credentials.json`.
 */
export async function seedDemoAgent(c: Container, slug = 'demo'): Promise<DemoAgentCredentials | null> {
  const { org } = c.modules;
  const tenant = await org.tenants.findBySlug(slug);
  if (!tenant) return null;
  const ctx: Ctx = { tenant, actor: { kind: 'system' }, db: c.db, clock: c.clock, locale: 'en', requestId: 'seed' };
  const file = path.join(c.config.dataDir, `demo-agent-credentials${slug === 'demo' ? '' : `-${slug}`}.json`);
  const email = `agent@${slug}.tradein.local`;
  const existing = await org.users.findByEmail(ctx, email);
  if (existing) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoAgentCredentials;
    // The agent seedDemo made for the retail key: its password is in the demo credentials.
    const demoFile = path.join(c.config.dataDir, `demo-credentials${slug === 'demo' ? '' : `-${slug}`}.json`);
    const demo = fs.existsSync(demoFile) ? (JSON.parse(fs.readFileSync(demoFile, 'utf8')) as DemoCredentials) : null;
    if (!demo?.agentPassword) return null;
    const location = (await org.locations.list(ctx)).find((l) => existing.locationIds.includes(l.id));
    const credentials = { email, password: demo.agentPassword, location: location?.name ?? '' };
    fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    return credentials;
  }
  const store =
    (await org.locations.list(ctx))[0] ??
    (await org.locations.create(ctx, {
      name: 'Demo Store Stockholm',
      kind: 'store',
      externalRef: 'STORE-001',
      address: { city: 'Stockholm', countryCode: 'SE' },
    }));
  const password = randomToken(12);
  await org.users.create(ctx, { email, password, role: 'agent', firstName: 'Sam', lastName: 'Agent', locationIds: [store.id] });
  const credentials = { email, password, location: store.name };
  fs.mkdirSync(c.config.dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
