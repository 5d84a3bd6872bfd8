import fs from 'node:fs';
import path from 'node:path';
import type { Container } from './container.js';
import type { Ctx } from '../platform/context.js';
import { randomToken } from '../platform/ids/index.js';

export interface DemoCredentials {
  tenant: string;
  adminEmail: string;
  adminPassword: string;
  apiKey: string;
}

/**
 * Idempotent demo: the tenant (if missing), a store, an admin user and a retail API key, plus
 * whatever demo data each module seeds. Credentials are written once to
 * `DATA_DIR/demo-credentials.json` (the database keeps only hashes) so later starts can print them.
 */
export async function seedDemo(c: Container, slug = 'demo'): Promise<{ created: boolean; credentials: DemoCredentials | null }> {
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
  let admin = await org.users.findByEmail(ctx, adminEmail);
  let credentials: DemoCredentials | null = null;
  if (!admin) {
    const locations = await org.locations.list(ctx);
    const store =
      locations[0] ??
      (await org.locations.create(ctx, {
        name: 'Demo Store Stockholm',
        kind: 'store',
        externalRef: 'STORE-001',
        address: { street1: 'Drottninggatan 1', city: 'Stockholm', postCode: '111 51', countryCode: 'SE' },
      }));
    const adminPassword = randomToken(12);
    admin = await org.users.create(ctx, {
      email: adminEmail,
      password: adminPassword,
      role: 'admin',
      firstName: 'Demo',
      lastName: 'Admin',
      locationIds: [store.id],
    });
    const { key } = await org.apiKeys.create(ctx, { userId: admin.id, locationId: store.id, name: 'demo retail key' });
    credentials = { tenant: slug, adminEmail, adminPassword, apiKey: key };
    fs.mkdirSync(c.config.dataDir, { recursive: true });
    fs.writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    created = true;
  } else if (fs.existsSync(credentialsFile)) {
    credentials = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as DemoCredentials;
  }

  for (const seed of demoSeeds) await seed(c, ctx);
  return { created, credentials };
}

/** Demo data of each module, each idempotent. Modules add theirs here as they land. */
const demoSeeds: Array<(c: Container, ctx: Ctx) => Promise<void>> = [
  // Demo base prices for the whole catalog (labelled 'demo') and two campaigns.
  async (c, ctx) => {
    await c.modules.pricing.seedDemoPrices(ctx);
    await c.modules.campaigns.seedDemo(ctx);
  },
  (c, ctx) => c.modules.datafields.seedDemo(ctx),
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
  if (existing) return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoAgentCredentials) : null;
  const store =
    (await org.locations.list(ctx))[0] ??
    (await org.locations.create(ctx, { name: 'Demo Store Stockholm', kind: 'store', externalRef: 'STORE-001', address: { city: 'Stockholm', countryCode: 'SE' } }));
  const password = randomToken(12);
  await org.users.create(ctx, { email, password, role: 'agent', firstName: 'Sam', lastName: 'Agent', locationIds: [store.id] });
  const credentials = { email, password, location: store.name };
  fs.mkdirSync(c.config.dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
