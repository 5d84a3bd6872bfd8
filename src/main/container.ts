import type { Config } from '../config/config.js';
import type { AppDeps, Modules } from '../http/app-deps.js';
import { CacheBus } from '../platform/cache/index.js';
import { systemClock, type Clock } from '../platform/clock/index.js';
import type { Ctx, TenantRef } from '../platform/context.js';
import { openDb, type Db } from '../platform/db/index.js';
import { prepareDatabase } from './prepare-db.js';
import { PlatformErrors } from '../platform/errors/index.js';
import { randomToken } from '../platform/ids/index.js';
import { OutboxDispatcher } from '../platform/outbox/index.js';
import { RenderPool, type Renderer } from '../platform/render/index.js';
import { createOrgModule } from '../modules/org/index.js';
import { createCatalogModule } from '../modules/catalog/index.js';
import { createGradingModule } from '../modules/grading/index.js';
import { createPricingModule } from '../modules/pricing/index.js';
import { createCampaignsModule } from '../modules/campaigns/index.js';
import { createDiligenceModule } from '../modules/diligence/index.js';
import { createDataFieldsModule } from '../modules/datafields/index.js';
import { createNotificationsModule } from '../modules/notifications/index.js';
import { createCommerceModule, FINAL_VALUATION_TOPIC } from '../modules/commerce/index.js';
import { createTradeinsModule } from '../modules/tradeins/index.js';
import { createMediaModule } from '../modules/media/index.js';
import { createWebhooksModule, registerEventSources } from '../modules/webhooks/index.js';
import { createLogisticsModule } from '../modules/logistics/index.js';
import { findShippableDevices, tradeInDeviceIds } from '../modules/tradeins/index.js';
import { openStorage } from './storage.js';
import { createSubmissionsModule } from '../modules/submissions/index.js';
import { createFacilityModule } from '../modules/facility/index.js';
import { createAnalyticsModule } from '../modules/analytics/index.js';

export interface Container extends AppDeps {
  close(): Promise<void>;
  /** A system context for a tenant (CLI, worker, seeds). */
  tenantCtx(slug: string): Promise<Ctx>;
}

export interface ContainerOptions {
  db?: Db;
  clock?: Clock;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
  log?: { info: (o: object, m?: string) => void; warn: (o: object, m?: string) => void; error: (o: object, m?: string) => void };
}

/** The secret for signed links: APP_SECRET, else one generated once and kept in the database. */
async function loadSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const candidate = randomToken(32);
  await db.query(`INSERT INTO app_settings (key, value) VALUES ('app_secret', $1) ON CONFLICT (key) DO NOTHING`, [candidate]);
  const rows = await db.query<{ value: string }>(`SELECT value FROM app_settings WHERE key = 'app_secret'`);
  return rows[0].value;
}

export function createModules(deps: {
  db: Db;
  cache: CacheBus;
  clock: Clock;
  config: Config;
  secret: string;
  outbox: OutboxDispatcher;
  renderer?: Renderer;
}): Modules {
  const org = createOrgModule(deps);
  const catalog = createCatalogModule({ db: deps.db, cache: deps.cache });
  const grading = createGradingModule({ cache: deps.cache, catalog });
  const campaigns = createCampaignsModule({ cache: deps.cache });
  const pricing = createPricingModule({
    db: deps.db,
    cache: deps.cache,
    catalog,
    grading,
    campaigns,
    findUserByUid: (ctx, uid) => org.users.findByUid(ctx, uid),
    findLocationById: (ctx, id) => org.locations.findById(ctx, id),
  });
  const diligence = createDiligenceModule({ catalog });
  const datafields = createDataFieldsModule({ cache: deps.cache });
  const findTenant = (id: number) => org.tenants.findActiveById(id);
  const notifications = createNotificationsModule({ ...deps, smtpUrl: deps.config.smtpUrl, mailFrom: deps.config.mailFrom, findTenant });
  const commerce = createCommerceModule({ ...deps, notifications, users: org.users, findTenant, publicUrl: deps.config.publicUrl });
  const renderer = deps.renderer ?? new RenderPool();
  const tradeins = createTradeinsModule({ org, catalog, secret: deps.secret, publicUrl: deps.config.publicUrl, renderer });
  const storage = openStorage(deps.config);
  const media = createMediaModule({ storage });
  const webhooks = createWebhooksModule({
    db: deps.db,
    clock: deps.clock,
    findTenant,
    adminEmails: async (ctx) => (await org.users.listStaff(ctx)).filter((u) => u.role === 'admin' && u.isActive).map((u) => u.email),
  });
  tradeins.connect({ pricing, campaigns, diligence, datafields });
  const submissions = createSubmissionsModule({
    db: deps.db,
    clock: deps.clock,
    org,
    catalog,
    pricing,
    tradeins,
    media,
    notifications,
    findTenant,
    publicUrl: deps.config.publicUrl,
  });
  submissions.registerHandlers(deps.outbox);
  const logistics = createLogisticsModule({
    devices: {
      findShippableDevices,
      tradeInDeviceIds,
      transitionDevices: (ctx, ids, to, meta) => tradeins.transitionDevices(ctx, ids, to, meta),
      registeredAt: async (ctx, locationId, limit) =>
        (await tradeins.listDevices(ctx, { status: 'Registered', locationId, page: 1, pageSize: limit })).rows.map((d) => ({
          id: d.id,
          tradeInId: d.tradeInId,
          status: d.status,
          deviceIdentifier: d.deviceIdentifier,
          productName: d.productName,
          itemGroupKey: d.itemGroupKey,
          locationId,
          registeredAt: d.createdAt,
        })),
    },
    org,
    storage,
    secret: deps.secret,
    publicUrl: deps.config.publicUrl,
    renderer,
  });
  commerce.setDataFields(datafields);
  notifications.registerHandlers(deps.outbox);
  deps.outbox.register(FINAL_VALUATION_TOPIC, (msg) => commerce.onFinalValuationRecorded(msg));
  const facility = createFacilityModule({
    tradeins,
    pricing,
    media,
    diligence,
    org,
    storage,
    secret: deps.secret,
    publicUrl: deps.config.publicUrl,
    db: deps.db,
    clock: deps.clock,
    findTenant,
    onTacLearned: (tx) => catalog.learnedTacsChanged(tx),
    dataFields: datafields,
  });
  facility.registerHandlers(deps.outbox);
  // IMEI search finds what the bench learned (tenant-scoped, above the reference TAC table).
  catalog.setLearnedTacSource({ learnedTacs: (ctx) => facility.learnedTacs(ctx) });
  // The back half shares logistics: package scans at receiving, return labels, mail-in kits.
  facility.connectLogistics({
    findPackageByIdentifier: (ctx, code) => logistics.findPackageByIdentifier(ctx, code),
    createReturnShipment: (ctx, input) => logistics.createReturnShipment(ctx, { ...input, toAddress: returnAddress(input.toAddress) }),
  });
  submissions.setKit({
    createMailInLabel: async (ctx, input) => {
      const label = await logistics.createMailInLabel(ctx, { reference: input.reference, fromAddress: returnAddress({ ...input.fromAddress }) });
      return { shipmentId: String(label.shipmentId), labelUrl: label.labelUrl };
    },
  });
  // Commerce's free final price (admin route with a price) is a facility override: role-granted, with reason, audited.
  commerce.setTradeIns({
    register: (ctx, input, opts) => tradeins.register(ctx, input, opts),
    getDevice: (ctx, id) => tradeins.getDevice(ctx, id),
    cancelDevice: (ctx, id, reason) => tradeins.cancelDevice(ctx, id, reason),
    applyCustomerDecision: (ctx, id, decision) => tradeins.applyCustomerDecision(ctx, id, decision),
    recordFinalValuation: (ctx, id, input) => facility.recordOverride(ctx, id, input),
    valuationEvidence: (ctx, id) => facility.valuationEvidence(ctx, id),
  });
  datafields.setCampaignFieldSource(campaigns);
  campaigns.setDataFields(datafields);
  // The dashboard reuses the facility's discrepancy analytics.
  const analytics = createAnalyticsModule({ discrepancies: (ctx, input) => facility.analytics(ctx, input) });
  webhooks.registerHandlers(deps.outbox);
  registerEventSources(deps.outbox, webhooks, tradeins);
  return {
    org,
    catalog,
    diligence,
    datafields,
    notifications,
    commerce,
    tradeins,
    grading,
    pricing,
    campaigns,
    media,
    webhooks,
    submissions,
    logistics,
    facility,
    analytics,
  };
}

/** A free-form customer address (facility) in the fields a return label needs (logistics checks them). */
function returnAddress(a: Record<string, unknown>) {
  const text = (...keys: string[]) => {
    for (const k of keys) if (typeof a[k] === 'string' && a[k]) return a[k] as string;
    return '';
  };
  return {
    name: text('name', 'fullName', 'full_name'),
    street1: text('street1', 'line1', 'street'),
    street2: text('street2', 'line2') || null,
    city: text('city'),
    postCode: text('postCode', 'postal_code', 'postcode', 'zip'),
    countryCode: text('countryCode', 'country_code', 'country'),
    phone: text('phone', 'phoneNumber') || null,
    email: text('email') || null,
  };
}

/** Opens the database, applies migrations and wires every module. */
export async function createContainer(config: Config, options: ContainerOptions = {}): Promise<Container> {
  const db = options.db ?? (await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize }));
  try {
    if (options.migrate !== false) await prepareDatabase(db);
    const clock = options.clock ?? systemClock;
    const cache = new CacheBus(db);
    await cache.start();
    const outbox = new OutboxDispatcher(db, clock, { log: options.log });
    const secret = await loadSecret(db, config.appSecret);
    const renderer = new RenderPool();
    const modules = createModules({ db, cache, clock, config, secret, outbox, renderer });
    const container: Container = {
      config,
      db,
      clock,
      cache,
      outbox,
      secret,
      modules,
      async tenantCtx(slug: string): Promise<Ctx> {
        const tenant: TenantRef | null = await modules.org.tenants.findBySlug(slug);
        if (!tenant) throw PlatformErrors.N000002({ slug });
        return {
          tenant,
          actor: { kind: 'system' },
          db,
          clock,
          locale: (tenant.defaultLocale as Ctx['locale']) ?? 'en',
          requestId: `cli-${randomToken(6)}`,
        };
      },
      async close() {
        await renderer.close();
        await outbox.stop();
        await cache.stop();
        await db.close();
      },
    };
    return container;
  } catch (err) {
    await db.close();
    throw err;
  }
}
