import sharp, { type Metadata } from 'sharp';
import { withTransaction, type Ctx } from '../../platform/context.js';
import { sqlState, UNIQUE_VIOLATION } from '../../platform/db/index.js';
import { enqueueOutbox } from '../../platform/outbox/index.js';
import { signToken, verifyToken } from '../../platform/ids/index.js';
import { toMinor } from '../../platform/money/index.js';
import { moduleBeside, type Renderer } from '../../platform/render/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { OrgModule } from '../org/index.js';
import { co2SavingKg } from './co2.js';
import type { PdfInput } from './pdf.js';
import type { CampaignView, DataFieldValue, StoredQuote, TradeinsPorts, VatScheme } from './ports.js';
import { identifierBlock, type DeviceStatus } from './state-machine.js';
import { normalizeIdentifier, tradeInRefProblem } from './trade-in-ref.js';
import { TradeinsErrors as E } from './tradeins.errors.js';
import {
  tradeinsRepository as repo,
  type DeviceEvent,
  type DeviceEventMeta,
  type DeviceFilter,
  type FmipSource,
  type FmipStatus,
  type TradeIn,
  type TradeInDevice,
  type TradeInFilter,
  type TradeInKind,
} from './tradeins.repository.js';
import { TradeinsSettings } from './tradeins.settings.js';
import { actorScope, inScope } from './actor-scope.js';
import { tradeinAccessRepository as access } from './tradein-access.repository.js';

/** The seed §5 registration request, camel-cased. */
export interface RegisterTradeInInput {
  tradeInDevices?: { priceQuoteId?: string | null; deviceIdentifier?: string | null }[] | null;
  /** Seed shape `{DataFieldId, DataFieldValue}`; camel-cased `{dataFieldId, dataFieldValue}` is accepted too. */
  customDataFields?: (DataFieldValue | { dataFieldId: number; dataFieldValue: string | null })[] | null;
  isCorporate?: boolean | null;
  organizationName?: string | null;
  clientFirstName?: string | null;
  clientLastName?: string | null;
  /** A user's public id (`UserId` of GET /api/v2/users); default: the API key's user. */
  agentId?: string | null;
  agentRef?: string | null;
  /** Default: the API key's location. */
  locationId?: number | null;
  locationRef?: string | null;
  tradeInRef?: string | null;
}

export interface RegisterOptions {
  temporary: boolean;
  source: 'retail' | 'order';
}

/** Update of a registered trade-in: any subset; data fields are merged by DataFieldId. */
export interface UpdateTradeInInput {
  customDataFields?: DataFieldValue[] | null;
  isCorporate?: boolean | null;
  organizationName?: string | null;
  clientFirstName?: string | null;
  clientLastName?: string | null;
  agentRef?: string | null;
  locationRef?: string | null;
  tradeInRef?: string | null;
}

/** Accepted signature images. */
export const SIGNATURE_LIMITS = { maxBytes: 1024 * 1024, minW: 50, minH: 20, maxW: 4000, maxH: 2000 } as const;

type LinkPurpose = 'pdf' | 'pdf-temp' | 'public' | 'public-temp';
interface LinkPayload extends Record<string, unknown> {
  p: LinkPurpose;
  t: number;
  id: number;
}

interface CheckedDevice {
  identifier: string;
  quote: StoredQuote;
  position: number;
}

/** Find My of a device as registration records it. */
interface FmipRecord {
  status: FmipStatus | null;
  source: FmipSource | null;
}

type NameKey = 'clientFirstName' | 'clientLastName' | 'organizationName';
const NAME_KEYS: NameKey[] = ['clientFirstName', 'clientLastName', 'organizationName'];
type Names = Record<NameKey, string | null>;

const clean = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a caller says about a status change: source ('logistics', 'facility' …), note, data, and which statuses it may leave. */
export interface DeviceTransitionMeta extends Omit<DeviceEventMeta, 'actor'> {
  from?: DeviceStatus[];
}

export interface TradeinsServiceDeps {
  org: Pick<OrgModule, 'users' | 'locations'>;
  catalog: Pick<CatalogModule, 'getVariants'>;
  secret: string;
  publicUrl: string;
  /** Runs the PDF rendering in a worker thread (src/platform/render). */
  renderer: Renderer;
}

/** The module the render pool loads for the confirmation PDF (pdf.ts beside this file). */
const PDF_MODULE = moduleBeside(import.meta.url, 'pdf');

/** Trade-in registration (final and temporary), lifecycle, PDF, signatures and links. */
export class TradeinsService {
  private ports: Partial<TradeinsPorts> = {};

  constructor(private readonly deps: TradeinsServiceDeps) {}

  /** Wires the modules registration consumes (done at start-up; tests may pass fakes). */
  connect(ports: Partial<TradeinsPorts>): void {
    this.ports = { ...this.ports, ...ports };
  }

  private port<K extends keyof TradeinsPorts>(name: K): TradeinsPorts[K] {
    const p = this.ports[name];
    if (!p) throw E.I090001({ port: name });
    return p as TradeinsPorts[K];
  }

  // ---------------------------------------------------------------- registration

  /**
   * Registers a trade-in (seed §5) or a temporary one (§6) after checking every rule of seed
   * 003 §12 RegisterTradeInRequest. The quotes are claimed inside the transaction, so of two
   * registrations racing for one quote exactly one wins (the other gets B090030).
   */
  async register(ctx: Ctx, input: RegisterTradeInInput, options: RegisterOptions): Promise<TradeIn> {
    const now = ctx.clock.now();
    const settings = TradeinsSettings.read(ctx.tenant);
    const devices = this.checkDeviceList(ctx, input);
    const refProblem = tradeInRefProblem(input.tradeInRef);
    if (refProblem) throw E[refProblem]();
    const kind: TradeInKind = options.temporary ? 'temporary' : 'final';
    if (input.tradeInRef && (await repo.refExists(ctx, kind, input.tradeInRef))) throw E.B090062();
    const { agentUserId, locationId } = await this.resolveAgentAndLocation(ctx, input);

    const checked = await this.checkQuotes(ctx, devices, now);
    // IsCorporate decides the VAT treatment; without it, the customer type the quotes were made for.
    const isCorporate = input.isCorporate ?? (checked.length > 0 && checked.every((d) => d.quote.tradeInType === 1));
    const vatScheme = this.checkVatScheme(ctx, checked, isCorporate);
    const campaignId = await this.checkCampaign(ctx, checked, now, settings);
    await this.checkIdentifiersFree(ctx, checked.map((d) => d.identifier), now);
    const fmip = await this.checkDiligence(ctx, checked);
    const named = await this.mergeNames(ctx, normalizeFields(input.customDataFields), input, isCorporate, false);
    const values = named.values;
    await this.port('datafields').validateForTradeIn(ctx, { values, isCorporate, campaignId, mode: 'register' });
    const variants = await this.deps.catalog.getVariants(ctx, [...new Set(checked.map((d) => d.quote.variantId))]);

    const id = await this.inTx(ctx, async (tx) => {
      await repo.expireTemporaryDevices(tx, checked.map((d) => d.identifier), now);
      const tradeInId = await repo.insertTradeIn(tx, {
        kind,
        status: options.temporary ? 'Temporary' : 'Registered',
        source: options.source,
        isCorporate,
        organizationName: named.names.organizationName,
        clientFirstName: named.names.clientFirstName,
        clientLastName: named.names.clientLastName,
        agentUserId,
        agentRef: input.agentRef ?? null,
        locationId,
        locationRef: input.locationRef ?? null,
        tradeInRef: input.tradeInRef ?? null,
        campaignId,
        vatScheme,
        customDataFields: values,
        expiresAt: options.temporary ? new Date(now.getTime() + settings.tempTradeInTtlHours * 3_600_000) : null,
        tempTradeInId: null,
        now,
      });
      if (ctx.actor.kind === 'user' && ctx.actor.role === 'customer' && ctx.actor.userId) await access.setCustomer(tx, tradeInId, ctx.actor.userId);
      const deviceIds: number[] = [];
      for (const d of checked) {
        const deviceId = await repo.nextDeviceId(tx);
        deviceIds.push(deviceId);
        // Claim first: the quote row lock decides a race before the identifier index does.
        const claim = await this.port('pricing').claimQuote(tx, d.quote.id, deviceId);
        if (claim === 'already_used') throw E.B090030({ id: d.quote.id });
        if (claim === 'expired') throw E.B090024({ id: d.quote.id });
        if (claim === 'not_found') throw E.N090003({ id: d.quote.id });
        const variant = variants.get(d.quote.variantId);
        await repo.insertDevice(
          tx,
          {
            id: deviceId,
            tradeInId,
            position: d.position,
            status: options.temporary ? 'Temporary' : 'Registered',
            deviceIdentifier: d.identifier,
            quoteId: d.quote.id,
            variantId: d.quote.variantId,
            itemGroupKey: variant?.itemGroupKey ?? null,
            productName: variant?.productName ?? `#${d.quote.variantId}`,
            gradeKey: d.quote.gradeKey,
            gradeName: d.quote.gradeName,
            offeredPriceMinor: d.quote.offeredPriceMinor,
            offeredPriceInclVatMinor: d.quote.offeredPriceInclVatMinor,
            currency: d.quote.currency,
            exchangeRate: d.quote.exchangeRate,
            baseCurrency: d.quote.baseCurrency,
            basePriceMinor: d.quote.basePriceMinor,
            campaignId: d.quote.campaignId,
            breakdown: d.quote.breakdown ?? [],
            co2SavingKg: co2SavingKg(variant?.itemGroupKey),
            fmipStatus: fmip.get(d.identifier)?.status ?? null,
            fmipSource: fmip.get(d.identifier)?.source ?? null,
            deviceBonusInclVatMinor: d.quote.deviceBonusInclVatMinor ?? 0,
            dealBonusInclVatMinor: d.quote.dealBonusInclVatMinor ?? 0,
          },
          now,
        );
      }
      // Temporary trade-ins record data-field uses only when confirmed (an expired one must not hold values).
      if (!options.temporary) {
        await this.port('datafields').recordUses(tx, tradeInId, values);
        await enqueueOutbox(tx.db, {
        availableAt: ctx.clock.now(),
          tenantId: ctx.tenant.id,
          topic: 'tradeins.registered',
          payload: { tradeInId, source: options.source, deviceIds },
          dedupeKey: `tradein-registered:${tradeInId}`,
        });
      }
      return tradeInId;
    });
    return (await repo.findTradeIn(ctx, id, kind))!;
  }

  private checkDeviceList(ctx: Ctx, input: RegisterTradeInInput): { quoteId: string; identifier: string }[] {
    const list = input.tradeInDevices ?? [];
    if (list.length === 0) throw E.B090006();
    const out = list.map((d, i) => {
      if (!d.priceQuoteId || !String(d.priceQuoteId).trim()) throw E.N090007();
      if (d.deviceIdentifier === null || d.deviceIdentifier === undefined) throw E.B090065({ position: i + 1 });
      const identifier = normalizeIdentifier(d.deviceIdentifier);
      if (!identifier) throw E.N090012();
      return { quoteId: String(d.priceQuoteId).trim(), identifier };
    });
    const counts = new Map<string, number>();
    for (const d of out) counts.set(d.identifier, (counts.get(d.identifier) ?? 0) + 1);
    for (const [identifier, count] of counts) if (count > 1) throw E.B090023({ identifier, count });
    if (out.length > TradeinsSettings.read(ctx.tenant).maxDevicesPerTradeIn) throw E.B090021();
    return out;
  }

  private async resolveAgentAndLocation(ctx: Ctx, input: RegisterTradeInInput): Promise<{ agentUserId: number | null; locationId: number | null }> {
    let agentUserId: number | null = ctx.actor.kind === 'apikey' || (ctx.actor.kind === 'user' && ctx.actor.role !== 'customer') ? (ctx.actor.userId ?? null) : null;
    if (input.agentId !== null && input.agentId !== undefined && input.agentId !== '') {
      const user = await this.deps.org.users.findByUid(ctx, String(input.agentId));
      if (!user || user.role === 'customer') throw E.B090007({ id: input.agentId });
      agentUserId = user.id;
    }
    let locationId: number | null = ctx.actor.locationId ?? null;
    if (input.locationId !== null && input.locationId !== undefined && input.locationId !== 0) {
      const location = Number.isSafeInteger(input.locationId) ? await this.deps.org.locations.findById(ctx, input.locationId) : null;
      if (!location) throw E.B090008({ id: input.locationId });
      locationId = location.id;
    }
    const keyLocation = this.keyLocation(ctx);
    if (keyLocation !== null && locationId !== keyLocation) throw E.F090001({ keyLocationId: keyLocation, locationId: locationId ?? '-' });
    return { agentUserId, locationId };
  }

  /** The location a location-bound API key is confined to (`settings.tradeins.apiKeyLocationScope`), else null. */
  private keyLocation(ctx: Ctx): number | null {
    if (ctx.actor.kind !== 'apikey' || !ctx.actor.locationId) return null;
    return TradeinsSettings.read(ctx.tenant).apiKeyLocationScope === 'location' ? ctx.actor.locationId : null;
  }

  /** Whether the caller may see this trade-in (a location-bound key sees only its location's). */
  private visible(ctx: Ctx, t: TradeIn | null): t is TradeIn {
    if (!t) return false;
    const keyLocation = this.keyLocation(ctx);
    return keyLocation === null || t.locationId === keyLocation;
  }

  /**
   * Seed §5: IsCorporate decides the VAT treatment. A quote priced for a customer type that the
   * tenant's VAT mode treats differently (marginal VAT: private vs business) is refused with
   * B090083, so the price registered is always the price of the customer type registered.
   */
  private checkVatScheme(ctx: Ctx, devices: CheckedDevice[], isCorporate: boolean): VatScheme {
    const pricing = this.port('pricing');
    if (!pricing.vatScheme) return 'none';
    const scheme = pricing.vatScheme(ctx, isCorporate ? 1 : 0);
    for (const d of devices) {
      if (pricing.vatScheme(ctx, d.quote.tradeInType) !== scheme) {
        throw E.B090083({ id: d.quote.id, tradeInType: d.quote.tradeInType, isCorporate: String(isCorporate), expected: isCorporate ? 1 : 0 });
      }
    }
    return scheme;
  }

  /**
   * "Say a name once": the top-level ClientFirstName / ClientLastName / OrganizationName fill the
   * tenant's data fields of the same meaning when those are empty, and those fields fill the
   * top-level names when these are missing. `overwrite` (updates): a name sent at the top level
   * replaces the field's value.
   */
  private async mergeNames(
    ctx: Ctx,
    values: DataFieldValue[],
    top: Partial<Record<NameKey, string | null>>,
    isCorporate: boolean,
    overwrite: boolean,
  ): Promise<{ values: DataFieldValue[]; names: Names }> {
    const names: Names = { clientFirstName: clean(top.clientFirstName), clientLastName: clean(top.clientLastName), organizationName: clean(top.organizationName) };
    const ids = this.ports.datafields?.nameFieldIds ? await this.ports.datafields.nameFieldIds(ctx, isCorporate) : null;
    if (!ids) return { values, names };
    let merged = values;
    for (const key of NAME_KEYS) {
      const id = ids[key];
      if (id === null) continue;
      const fieldValue = clean(merged.find((f) => f.DataFieldId === id)?.DataFieldValue);
      const name = names[key];
      if (name && (overwrite || !fieldValue)) merged = [...merged.filter((f) => f.DataFieldId !== id), { DataFieldId: id, DataFieldValue: name }];
      else if (!name && fieldValue) names[key] = fieldValue;
    }
    return { values: merged, names };
  }

  private async checkQuotes(ctx: Ctx, devices: { quoteId: string; identifier: string }[], now: Date): Promise<CheckedDevice[]> {
    const pricing = this.port('pricing');
    const out: CheckedDevice[] = [];
    for (const [i, d] of devices.entries()) {
      const quote = UUID.test(d.quoteId) ? await pricing.getQuote(ctx, d.quoteId) : null;
      if (!quote) throw E.N090003({ id: d.quoteId });
      if (quote.usedAt) throw E.B090030({ id: quote.id });
      if (quote.expiresAt.getTime() <= now.getTime()) throw E.B090024({ id: quote.id });
      if (quote.itemIdentifier && normalizeIdentifier(quote.itemIdentifier) !== d.identifier) {
        throw E.B090080({ id: quote.id, identifier: d.identifier });
      }
      out.push({ identifier: d.identifier, quote, position: i + 1 });
    }
    return out;
  }

  /** One campaign per trade-in, in its window now and when each quote was made, within its limits. */
  private async checkCampaign(ctx: Ctx, devices: CheckedDevice[], now: Date, settings: ReturnType<typeof TradeinsSettings.read>): Promise<number | null> {
    const ids = new Set(devices.map((d) => d.quote.campaignId ?? null));
    if (ids.size > 1) throw E.B090032();
    const campaignId = [...ids][0];
    const sumMinor = devices.reduce((s, d) => s + d.quote.basePriceMinor, 0);
    if (settings.maxAmountPerTradeIn !== null && sumMinor > toMinor(settings.maxAmountPerTradeIn, ctx.tenant.currency)) throw E.B090042();
    if (campaignId === null || campaignId === undefined) return null;
    const campaigns = this.port('campaigns');
    const campaign = await campaigns.getCampaign(ctx, campaignId);
    if (!campaign) throw E.B090034({ id: campaignId });
    const status = campaigns.statusAt(campaign as never, now);
    if (status === 'Upcoming') throw E.B090033({ id: campaignId });
    if (status === 'Expired') throw E.B090034({ id: campaignId });
    for (const d of devices) {
      if (!inWindow(campaign, d.quote.createdAt)) throw E.B090064({ quoteId: d.quote.id, campaignId });
    }
    if (campaign.maxDevicesPerTradeIn && devices.length > campaign.maxDevicesPerTradeIn) throw E.B090021();
    if (campaign.maxAmountPerTradeInMinor && sumMinor > campaign.maxAmountPerTradeInMinor) throw E.B090042();
    return campaignId;
  }

  private async checkIdentifiersFree(ctx: Ctx, identifiers: string[], now: Date, exceptTradeInId?: number): Promise<void> {
    for (const b of await repo.blockingDevices(ctx, identifiers, now, exceptTradeInId)) {
      const block = identifierBlock(b.status);
      if (block === 'unfinished') throw E.B090004({ identifier: b.identifier });
      if (block === 'in_stock') throw E.B090005({ identifier: b.identifier });
      if (block === 'registered') throw E.B090046({ identifier: b.identifier });
    }
  }

  /**
   * Seed §4 before registration: a report must exist, fraud must not be Failed (Caution/Error by
   * setting), FMIP must not be Lost, and an activated Find My must be priced with SystemExtra 1.
   * Returns what is recorded per device: the checked or attested FMIP status, or — when no
   * Find-My-capable provider is configured (`NotChecked`) — the client's declaration in the quote
   * (SystemExtras 1 = activated, otherwise not), unless the tenant requires a check (B090082).
   */
  private async checkDiligence(ctx: Ctx, devices: { identifier: string; quote: StoredQuote }[]): Promise<Map<string, FmipRecord>> {
    const settings = TradeinsSettings.read(ctx.tenant);
    const diligence = this.port('diligence');
    const out = new Map<string, FmipRecord>();
    for (const d of devices) {
      const report = await diligence.latestReportFor(ctx, { itemIdentifier: d.identifier, variantId: d.quote.variantId });
      const identifier = d.identifier;
      if (!report) throw E.B090009({ identifier });
      if (report.fraud === 'Failed') throw E.B090010({ identifier });
      if (report.fmip === 'Lost') throw E.B090011({ identifier });
      if (report.fraud === 'Caution' && settings.blockDiligenceCaution) throw E.B090012({ identifier });
      if ((report.fraud === 'Error' || report.fmip === 'Error') && settings.blockDiligenceError) throw E.B090013({ identifier });
      // Seed §4: an activated Find My must be priced with SystemExtra 1 (the FMIP deduction).
      const declaredOn = (d.quote.systemExtras ?? []).includes(1);
      if (report.fmip === 'Activated' && !declaredOn) throw E.B090081({ identifier });
      const attested = report.fmipSource === 'attestation';
      if (settings.requireCheckedFmip && (report.fmip === 'NotChecked' || attested)) throw E.B090082({ identifier, tenant: ctx.tenant.slug });
      if (report.fmip === 'NotChecked') out.set(identifier, { status: declaredOn ? 'Activated' : 'NotActivated', source: 'client' });
      else if (report.fmip === 'Activated' || report.fmip === 'NotActivated') out.set(identifier, { status: report.fmip, source: attested ? 'attestation' : 'check' });
      else if (report.fmip === 'NotApplicable') out.set(identifier, { status: 'NotApplicable', source: 'check' });
    }
    return out;
  }

  /** Runs `fn` in a transaction, turning the unique indexes of 0400 into their codes. */
  private async inTx<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
    try {
      return await withTransaction(ctx, fn);
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) {
        const text = `${(err as { constraint?: string }).constraint ?? ''} ${(err as Error).message}`;
        if (text.includes('trade_ins_ref')) throw E.B090062();
        if (text.includes('trade_in_devices_live_identifier')) {
          const match = /\(tenant_id, device_identifier\)=\(\d+, ([^)]+)\)/.exec((err as { detail?: string }).detail ?? '');
          throw E.B090004({ identifier: match?.[1] ?? '' });
        }
      }
      throw err;
    }
  }

  // ---------------------------------------------------------------- reads

  /** A trade-in of either kind the caller may see: N090001 (final) / N090013 (temporary) otherwise. */
  async find(ctx: Ctx, id: number, kind: TradeInKind): Promise<TradeIn> {
    const t = Number.isSafeInteger(id) ? await repo.findTradeIn(ctx, id, kind) : null;
    if (!this.visible(ctx, t) || !(await this.visibleTo(ctx, t.id))) throw kind === 'final' ? E.N090001() : E.N090013({ id });
    return t;
  }

  get(ctx: Ctx, id: number): Promise<TradeIn> {
    return this.find(ctx, id, 'final');
  }

  getTemp(ctx: Ctx, id: number): Promise<TradeIn> {
    return this.find(ctx, id, 'temporary');
  }

  /** Whether the acting customer owns, or the acting agent's location holds, trade-in `id` (staff and keys: always). */
  private async visibleTo(ctx: Ctx, id: number): Promise<boolean> {
    const scope = actorScope(ctx.actor);
    if (scope.kind === 'all') return true;
    const owner = await access.owner(ctx, id);
    return owner !== null && inScope(scope, owner);
  }

  /**
   * The trade-ins (final and temporary) the actor may see, newest first: a customer's own, an
   * agent's location's (the web app's "my trade-ins" and "today's trade-ins").
   */
  async listVisible(ctx: Ctx, filter: { since?: Date; limit?: number } = {}): Promise<TradeIn[]> {
    const ids = await access.listIds(ctx, actorScope(ctx.actor), { since: filter.since, limit: Math.min(Math.max(filter.limit ?? 50, 1), 200) });
    const out: TradeIn[] = [];
    for (const { id, kind } of ids) {
      const t = await repo.findTradeIn(ctx, id, kind);
      if (t) out.push(t);
    }
    return out;
  }

  /** Trade-ins (or temporary ones) newest first, paged; a location-bound key sees its location's only. */
  listTradeIns(ctx: Ctx, kind: TradeInKind, filter: TradeInFilter): Promise<{ rows: TradeIn[]; total: number }> {
    return repo.listTradeIns(ctx, kind, { ...filter, locationId: this.keyLocation(ctx) ?? filter.locationId });
  }

  getDevice(ctx: Ctx, deviceId: number): Promise<TradeInDevice | null> {
    return Number.isSafeInteger(deviceId) ? repo.findDevice(ctx, deviceId) : Promise.resolve(null);
  }

  listDevices(ctx: Ctx, filter: DeviceFilter) {
    return repo.listDevices(ctx, {
      ...filter,
      identifier: filter.identifier ? normalizeIdentifier(filter.identifier) : undefined,
      locationId: this.keyLocation(ctx) ?? filter.locationId,
    });
  }

  isIdentifierInStock(ctx: Ctx, identifier: string): Promise<boolean> {
    return repo.isInStock(ctx, normalizeIdentifier(identifier));
  }

  // ---------------------------------------------------------------- changes

  /** Cancels a registered trade-in (all its devices must still be Registered); frees the identifiers. */
  async cancel(ctx: Ctx, id: number, reason: string | null = null): Promise<TradeIn> {
    const t = await this.get(ctx, id);
    if (t.status !== 'Registered' || t.devices.some((d) => d.status !== 'Registered' && d.status !== 'Cancelled')) throw E.B090001();
    const now = ctx.clock.now();
    await withTransaction(ctx, async (tx) => {
      if (!(await repo.setTradeInStatus(tx, id, 'Registered', 'Cancelled', now, { cancelReason: reason }))) throw E.B090001();
      const open = t.devices.filter((d) => d.status === 'Registered').map((d) => d.id);
      const moved = await repo.transitionDevices(tx, { tradeInId: id, from: ['Registered'] }, 'Cancelled', now, { cancelReason: reason });
      if (moved.length !== open.length) throw E.B090001();
      await this.releaseDataFields(tx, t);
      await enqueueOutbox(tx.db, {
        availableAt: ctx.clock.now(), tenantId: ctx.tenant.id, topic: 'tradeins.cancelled', payload: { tradeInId: id, deviceIds: moved }, dedupeKey: `tradein-cancelled:${id}` });
    });
    return this.get(ctx, id);
  }

  /** A cancelled trade-in gives its unique / limited data-field values back (empty value = release). */
  private async releaseDataFields(tx: Ctx, t: TradeIn): Promise<void> {
    if (t.kind !== 'final' || t.customDataFields.length === 0) return;
    await this.port('datafields').recordUses(tx, t.id, t.customDataFields.map((f) => ({ DataFieldId: f.DataFieldId, DataFieldValue: '' })));
  }

  /** Cancels one device while it is Registered (or Temporary); the trade-in is cancelled with its last device. */
  async cancelDevice(ctx: Ctx, deviceId: number, reason: string | null): Promise<TradeInDevice> {
    const device = await this.getDevice(ctx, deviceId);
    if (!device) throw E.N090090({ id: deviceId });
    const now = ctx.clock.now();
    await withTransaction(ctx, async (tx) => {
      const moved = await repo.transitionDevices(tx, { ids: [deviceId], from: ['Registered', 'Temporary'] }, 'Cancelled', now, { cancelReason: reason });
      if (moved.length === 0) throw E.B090001();
      const rest = await tx.db.query<{ n: string | number }>(
        `SELECT count(*) AS n FROM trade_in_devices WHERE tenant_id = $1 AND trade_in_id = $2 AND status <> 'Cancelled'`,
        [ctx.tenant.id, device.tradeInId],
      );
      if (Number(rest[0].n) === 0) {
        const closed = await repo.setTradeInStatus(tx, device.tradeInId, 'Registered', 'Cancelled', now, { cancelReason: reason });
        if (closed) await this.releaseDataFields(tx, (await repo.findTradeIn(tx, device.tradeInId, 'final'))!);
        else await repo.setTradeInStatus(tx, device.tradeInId, 'Temporary', 'Cancelled', now, { cancelReason: reason });
      }
      await enqueueOutbox(tx.db, {
        availableAt: ctx.clock.now(), tenantId: ctx.tenant.id, topic: 'tradeins.device_cancelled', payload: { deviceId, tradeInId: device.tradeInId, reason }, dedupeKey: `device-cancelled:${deviceId}` });
    });
    return (await this.getDevice(ctx, deviceId))!;
  }

  /**
   * Updates customer data, references and data fields of a registered trade-in, or of an open
   * temporary one (`kind: 'temporary'`, seed §6: the same request and answer).
   */
  async update(ctx: Ctx, id: number, input: UpdateTradeInInput, kind: TradeInKind = 'final'): Promise<TradeIn> {
    const t = await this.find(ctx, id, kind);
    const patch: Parameters<typeof repo.updateTradeIn>[2] = {};
    for (const key of ['isCorporate', 'organizationName', 'clientFirstName', 'clientLastName', 'agentRef', 'locationRef', 'tradeInRef'] as const) {
      const v = input[key];
      if (v !== undefined && v !== null) (patch as Record<string, unknown>)[key] = v;
    }
    const sent = input.customDataFields ?? [];
    if (Object.keys(patch).length === 0 && sent.length === 0) throw E.B090048();
    if (kind === 'final' && t.status !== 'Registered') throw E.B090001();
    if (kind === 'temporary') this.assertTempOpen(t, ctx.clock.now());
    if (patch.tradeInRef !== undefined) {
      const problem = tradeInRefProblem(patch.tradeInRef);
      if (problem) throw E[problem]();
      if (await repo.refExists(ctx, kind, patch.tradeInRef!, id)) throw E.B090062();
    }
    const isCorporate = patch.isCorporate ?? t.isCorporate;
    if (patch.isCorporate !== undefined && patch.isCorporate !== t.isCorporate) {
      const scheme = this.port('pricing').vatScheme?.(ctx, isCorporate ? 1 : 0) ?? t.vatScheme;
      if (scheme !== t.vatScheme) {
        const quoteId = t.devices[0]?.quoteId ?? '';
        throw E.B090083({ id: quoteId, tradeInType: t.isCorporate ? 1 : 0, isCorporate: String(isCorporate), expected: isCorporate ? 1 : 0 });
      }
    }
    const named = await this.mergeNames(ctx, sent, { clientFirstName: patch.clientFirstName, clientLastName: patch.clientLastName, organizationName: patch.organizationName }, isCorporate, true);
    for (const key of NAME_KEYS) if (named.names[key] !== null) patch[key] = named.names[key]!;
    const fields = named.values;
    let merged: DataFieldValue[] | null = null;
    if (fields.length > 0 || patch.isCorporate !== undefined) {
      const byId = new Map(t.customDataFields.map((f) => [f.DataFieldId, f]));
      for (const f of fields) byId.set(f.DataFieldId, f);
      merged = [...byId.values()];
      await this.port('datafields').validateForTradeIn(ctx, { values: merged, isCorporate, campaignId: t.campaignId, mode: 'update', excludeTradeInId: id });
    }
    const now = ctx.clock.now();
    await this.inTx(ctx, async (tx) => {
      if (!(await repo.updateTradeIn(tx, id, { ...patch, ...(merged ? { customDataFields: merged } : {}) }, now, kind))) {
        if (kind === 'temporary') this.assertTempOpen((await repo.findTradeIn(tx, id, kind))!, now);
        throw E.B090001();
      }
      // Temporary trade-ins record data-field uses only when confirmed.
      if (merged && kind === 'final') await this.port('datafields').recordUses(tx, id, merged);
    });
    return this.find(ctx, id, kind);
  }

  // ---------------------------------------------------------------- temporary trade-ins

  /** Re-validates a temporary trade-in and turns it into a registered one (devices keep their ids and quotes). */
  async confirmTemp(ctx: Ctx, tempId: number): Promise<TradeIn> {
    const temp = await this.getTemp(ctx, tempId);
    const now = ctx.clock.now();
    this.assertTempOpen(temp, now);
    const devices = temp.devices.filter((d) => d.status === 'Temporary');
    if (devices.length === 0) throw E.B090040({ id: tempId });
    if (temp.tradeInRef && (await repo.refExists(ctx, 'final', temp.tradeInRef))) throw E.B090062();
    const pricing = this.port('pricing');
    const checked: CheckedDevice[] = [];
    for (const d of devices) {
      const quote = await pricing.getQuote(ctx, d.quoteId);
      if (!quote) throw E.N090003({ id: d.quoteId });
      if (quote.usedByDeviceId !== null && quote.usedByDeviceId !== d.id) throw E.B090030({ id: quote.id });
      checked.push({ identifier: d.deviceIdentifier, quote, position: d.position });
    }
    // The quotes were claimed at temporary registration; their campaign must still be running.
    await this.checkCampaign(ctx, checked, now, TradeinsSettings.read(ctx.tenant));
    await this.checkIdentifiersFree(ctx, checked.map((d) => d.identifier), now, tempId);
    await this.checkDiligence(ctx, checked);
    await this.port('datafields').validateForTradeIn(ctx, { values: temp.customDataFields, isCorporate: temp.isCorporate, campaignId: temp.campaignId, mode: 'register' });
    const finalId = await this.inTx(ctx, async (tx) => {
      const id = await repo.insertTradeIn(tx, {
        kind: 'final',
        status: 'Registered',
        source: temp.source,
        isCorporate: temp.isCorporate,
        organizationName: temp.organizationName,
        clientFirstName: temp.clientFirstName,
        clientLastName: temp.clientLastName,
        agentUserId: temp.agentUserId,
        agentRef: temp.agentRef,
        locationId: temp.locationId,
        locationRef: temp.locationRef,
        tradeInRef: temp.tradeInRef,
        campaignId: temp.campaignId,
        vatScheme: temp.vatScheme,
        customDataFields: temp.customDataFields,
        expiresAt: null,
        tempTradeInId: temp.id,
        now,
      });
      if (!(await repo.setTradeInStatus(tx, tempId, 'Temporary', 'Confirmed', now, { confirmedTradeInId: id, requireUnexpired: true }))) {
        this.assertTempOpen((await repo.findTradeIn(tx, tempId, 'temporary'))!, now);
        throw E.B090041({ id: tempId });
      }
      const moved = await repo.transitionDevices(tx, { tradeInId: tempId, from: ['Temporary'] }, 'Registered', now, { moveToTradeInId: id });
      if (moved.length !== devices.length) throw E.B090041({ id: tempId });
      await this.port('datafields').recordUses(tx, id, temp.customDataFields);
      await enqueueOutbox(tx.db, {
        availableAt: ctx.clock.now(), tenantId: ctx.tenant.id, topic: 'tradeins.registered', payload: { tradeInId: id, tempTradeInId: tempId, source: temp.source }, dedupeKey: `tradein-registered:${id}` });
      return id;
    });
    return this.get(ctx, finalId);
  }

  async cancelTemp(ctx: Ctx, tempId: number): Promise<TradeIn> {
    const temp = await this.getTemp(ctx, tempId);
    if (temp.status === 'Cancelled') throw E.B090040({ id: tempId });
    if (temp.status === 'Confirmed') throw E.B090041({ id: tempId });
    const now = ctx.clock.now();
    await withTransaction(ctx, async (tx) => {
      if (!(await repo.setTradeInStatus(tx, tempId, 'Temporary', 'Cancelled', now))) throw E.B090041({ id: tempId });
      await repo.transitionDevices(tx, { tradeInId: tempId, from: ['Temporary'] }, 'Cancelled', now);
    });
    return this.getTemp(ctx, tempId);
  }

  private assertTempOpen(temp: TradeIn, now: Date): void {
    if (temp.status === 'Cancelled') throw E.B090040({ id: temp.id });
    if (temp.status === 'Confirmed') throw E.B090041({ id: temp.id });
    if (temp.expiresAt && temp.expiresAt.getTime() <= now.getTime()) throw E.B090036({ id: temp.id });
  }

  // ---------------------------------------------------------------- lifecycle (commerce, inspection)

  /** Stores the facility's valuation, moves the device to Valuated and emits `tradeins.final_valuation_recorded`. */
  async recordFinalValuation(
    ctx: Ctx,
    deviceId: number,
    v: { priceMinor: number; grade: string; reason: string | null; photoIds: unknown[] },
  ): Promise<{ device: TradeInDevice; changed: boolean }> {
    return withTransaction(ctx, async (tx) => {
      const res = await repo.recordValuation(tx, deviceId, v, ctx.clock.now(), { actor: ctx.actor, source: 'valuation' });
      if (!res) {
        const d = await repo.findDevice(tx, deviceId);
        if (!d) throw E.N090090({ id: deviceId });
        throw E.B090093({ id: deviceId, status: d.status, target: 'Valuated' });
      }
      const { device } = res;
      // The facility may name the grade by key ('working') or by name ('Working').
      const grade = (device.finalGrade ?? '').toLowerCase();
      const changed = device.finalPriceMinor !== device.offeredPriceMinor || (grade !== device.gradeName.toLowerCase() && grade !== device.gradeKey.toLowerCase());
      await enqueueOutbox(tx.db, {
        availableAt: ctx.clock.now(),
        tenantId: ctx.tenant.id,
        topic: 'tradeins.final_valuation_recorded',
        payload: {
          deviceId,
          tradeInId: device.tradeInId,
          offeredPriceMinor: device.offeredPriceMinor,
          finalPriceMinor: device.finalPriceMinor,
          currency: device.currency,
          grade: device.finalGrade,
          reason: device.finalReason,
          changed,
        },
        dedupeKey: `final-valuation:${deviceId}:${device.valuationCount}`,
      });
      return { device, changed };
    });
  }

  /** Customer's answer to a valuation: approved → Accepted, rejected → ReturnRequested; false if already decided. */
  applyCustomerDecision(ctx: Ctx, deviceId: number, decision: 'approved' | 'rejected'): Promise<boolean> {
    return repo.decide(ctx, deviceId, decision, ctx.clock.now(), { actor: ctx.actor, source: 'customer' });
  }

  /**
   * Moves a device along the transition table (logistics, facility and submissions use it) and
   * writes the move to its status history; false if the device's status does not allow it now.
   * `from` narrows the statuses it may leave (e.g. only `Shipped` at receiving).
   */
  async transitionDevice(ctx: Ctx, deviceId: number, to: DeviceStatus, meta: DeviceTransitionMeta = {}): Promise<boolean> {
    const moved = await repo.transitionDevices(ctx, { ids: [deviceId], from: meta.from }, to, ctx.clock.now(), {}, { actor: ctx.actor, ...meta });
    return moved.length > 0;
  }

  /** Moves several devices at once (a package, a shipment); returns the ids that moved. */
  transitionDevices(ctx: Ctx, deviceIds: number[], to: DeviceStatus, meta: DeviceTransitionMeta = {}): Promise<number[]> {
    if (deviceIds.length === 0) return Promise.resolve([]);
    return repo.transitionDevices(ctx, { ids: deviceIds, from: meta.from }, to, ctx.clock.now(), {}, { actor: ctx.actor, ...meta });
  }

  /** A device's status history (the timeline), oldest first; N090090 when unknown. */
  async deviceHistory(ctx: Ctx, deviceId: number): Promise<DeviceEvent[]> {
    const device = await repo.findDevice(ctx, deviceId);
    if (!device) throw E.N090090({ id: deviceId });
    return repo.deviceEvents(ctx, deviceId);
  }

  // ---------------------------------------------------------------- signatures, PDF, links

  /** Checks and stores a PNG signature of the client or the agent; it appears on the PDF. */
  async saveSignature(
    ctx: Ctx,
    tradeInId: number,
    role: 'client' | 'agent',
    file: { bytes: Buffer; mimetype: string | null },
    kind: TradeInKind = 'final',
  ): Promise<{ width: number; height: number }> {
    const t = await this.find(ctx, tradeInId, kind);
    if (kind === 'temporary') this.assertTempOpen(t, ctx.clock.now());
    else if (t.status === 'Cancelled') throw E.B090001();
    const L = SIGNATURE_LIMITS;
    if (file.bytes.length > L.maxBytes) throw E.B090091({ max: L.maxBytes });
    const magic = file.bytes.subarray(0, 8).toString('hex');
    if ((file.mimetype && file.mimetype !== 'image/png') || magic !== '89504e470d0a1a0a') throw E.B090090();
    let meta: Metadata;
    try {
      meta = await sharp(file.bytes).metadata();
    } catch {
      throw E.B090090();
    }
    if (meta.format !== 'png' || !meta.width || !meta.height) throw E.B090090();
    if (meta.width < L.minW || meta.height < L.minH || meta.width > L.maxW || meta.height > L.maxH) {
      throw E.B090092({ minW: L.minW, minH: L.minH, maxW: L.maxW, maxH: L.maxH });
    }
    // Re-encode: strips metadata and anything pdf-lib could trip over (interlacing, 16-bit).
    const png = await sharp(file.bytes).png({ compressionLevel: 9 }).toBuffer().catch(() => {
      throw E.B090090();
    });
    await repo.saveSignature(ctx, tradeInId, role, png, meta.width, meta.height, ctx.actor.userId ?? null, ctx.clock.now());
    return { width: meta.width, height: meta.height };
  }

  /** The confirmation PDF of a trade-in (or of a temporary one). */
  async renderPdf(ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<Buffer> {
    const t = await this.find(ctx, id, kind);
    const settings = TradeinsSettings.read(ctx.tenant);
    const [location, agent, signatures] = await Promise.all([
      t.locationId ? this.deps.org.locations.findById(ctx, t.locationId) : null,
      t.agentUserId ? this.deps.org.users.findById(ctx, t.agentUserId) : null,
      repo.signatures(ctx, id),
    ]);
    let campaign: CampaignView | null = null;
    if (t.campaignId && this.ports.campaigns) campaign = await this.ports.campaigns.getCampaign(ctx, t.campaignId);
    const input: PdfInput = {
      tradeIn: t,
      programmeName: ctx.tenant.name,
      locale: ctx.locale,
      locationName: location?.name ?? t.locationRef,
      agentName: agent ? `${agent.firstName} ${agent.lastName}`.trim() || agent.email : t.agentRef,
      campaign: campaign ? { name: campaign.name, terms: campaign.termsAndConditions ?? null } : null,
      terms: settings.terms[ctx.locale] ?? settings.terms.en ?? null,
      signatures,
    };
    return this.deps.renderer.render({ module: PDF_MODULE, exportName: 'renderTradeInPdf', input });
  }

  /**
   * The PDF behind a download link: the link is bound to the trade-in's state, so once the
   * trade-in is cancelled the link is gone (N090091), however long its signature is valid.
   */
  async downloadPdf(ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<Buffer> {
    const t = Number.isSafeInteger(id) ? await repo.findTradeIn(ctx, id, kind) : null;
    if (!t || t.status === 'Cancelled') throw E.N090091();
    return this.renderPdf(ctx, id, kind);
  }

  /** A signed, short-lived download link of the PDF (`pdfLinkTtlMinutes`); refused for a cancelled trade-in. */
  async pdfLink(ctx: Ctx, id: number, kind: TradeInKind = 'final'): Promise<{ url: string; expiresAt: Date }> {
    const t = await this.find(ctx, id, kind);
    if (t.status === 'Cancelled') throw E.B210002({ id });
    const expiresAt = new Date(ctx.clock.now().getTime() + TradeinsSettings.read(ctx.tenant).pdfLinkTtlMinutes * 60_000);
    const token = signToken(this.deps.secret, { p: kind === 'final' ? 'pdf' : 'pdf-temp', t: ctx.tenant.id, id, l: ctx.locale }, expiresAt);
    return { url: `${this.deps.publicUrl}/api/v2/public/tradeins/pdf/${token}`, expiresAt };
  }

  /** A signed read-only link of a trade-in (refused for cancelled ones) or a temporary one (refused unless open). */
  async publicLink(ctx: Ctx, id: number, temporary: boolean): Promise<{ url: string; expiresAt: Date }> {
    const now = ctx.clock.now();
    if (temporary) {
      const t = Number.isSafeInteger(id) ? await repo.findTradeIn(ctx, id, 'temporary') : null;
      if (!this.visible(ctx, t)) throw E.N220001({ id });
      this.assertTempLinkable(t, now);
    } else {
      const t = Number.isSafeInteger(id) ? await repo.findTradeIn(ctx, id, 'final') : null;
      if (!this.visible(ctx, t)) throw E.N210001({ id });
      if (t.status === 'Cancelled') throw E.B210002({ id });
    }
    const expiresAt = new Date(now.getTime() + TradeinsSettings.read(ctx.tenant).publicLinkTtlDays * 86_400_000);
    const token = signToken(this.deps.secret, { p: temporary ? 'public-temp' : 'public', t: ctx.tenant.id, id }, expiresAt);
    return { url: `${this.deps.publicUrl}/api/v2/public/tradeins/${token}`, expiresAt };
  }

  private assertTempLinkable(t: TradeIn, now: Date): void {
    if (t.status === 'Cancelled') throw E.B220003({ id: t.id });
    if (t.status === 'Confirmed') throw E.B220004({ id: t.id });
    if (t.expiresAt && t.expiresAt.getTime() <= now.getTime()) throw E.B220002({ id: t.id });
  }

  /** Reads a link token: which tenant and trade-in it grants, or N090091. */
  readLink(token: string, now: Date, purposes: LinkPurpose[]): { tenantId: number; id: number; purpose: LinkPurpose; locale: string | null } {
    const p = verifyToken<LinkPayload & { l?: string }>(this.deps.secret, token, now);
    if (!p || !purposes.includes(p.p) || typeof p.t !== 'number' || typeof p.id !== 'number') throw E.N090091();
    return { tenantId: p.t, id: p.id, purpose: p.p, locale: p.l ?? null };
  }

  /** What a public link shows: the trade-in, re-checked at access time. */
  async publicView(ctx: Ctx, id: number, temporary: boolean): Promise<TradeIn> {
    const t = await repo.findTradeIn(ctx, id, temporary ? 'temporary' : 'final');
    if (!t) throw E.N090091();
    if (temporary) this.assertTempLinkable(t, ctx.clock.now());
    else if (t.status === 'Cancelled') throw E.B210002({ id });
    return t;
  }
}

function normalizeFields(values: RegisterTradeInInput['customDataFields']): DataFieldValue[] {
  return (values ?? []).map((v) =>
    'DataFieldId' in v ? { DataFieldId: v.DataFieldId, DataFieldValue: v.DataFieldValue } : { DataFieldId: v.dataFieldId, DataFieldValue: v.dataFieldValue },
  );
}

function inWindow(c: CampaignView, at: Date): boolean {
  const from = c.activeFrom ? new Date(c.activeFrom).getTime() : -Infinity;
  const to = c.activeTo ? new Date(c.activeTo).getTime() : Infinity;
  return at.getTime() >= from && at.getTime() <= to;
}
