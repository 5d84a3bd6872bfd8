import type { Ctx } from '../../../platform/context.js';
import { toMinor } from '../../../platform/money/index.js';
import type { CampaignView, DataFieldValue, DiligenceSummary, StoredQuote, VatScheme } from '../ports.js';
import { registrationRepository } from '../repositories/registration.repository.js';
import { identifierBlock } from '../state-machine.js';
import { normalizeIdentifier, tradeInRefProblem } from '../trade-in-ref.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import { TradeinsSettings } from '../tradeins.settings.js';
import type { FmipSource, FmipStatus, TradeInKind } from '../tradeins.types.js';
import { keyLocation } from './access.js';
import type { TradeinsEnv } from './env.js';

/**
 * The rules of seed 003 §12 RegisterTradeInRequest, shared by registration (final and
 * temporary) and the confirmation of a temporary trade-in. What the rules read is loaded up
 * front, independent reads in parallel (`loadFacts`), and then checked in the documented order,
 * so the first broken rule is the one reported whatever the order the answers arrived in.
 */

/** A device of the request after the list rules: its quote id and normalized identifier. */
export interface RequestedDevice {
  quoteId: string;
  identifier: string;
}

export interface CheckedDevice {
  identifier: string;
  quote: StoredQuote;
  position: number;
}

/** Find My of a device as registration records it. */
export interface FmipRecord {
  status: FmipStatus | null;
  source: FmipSource | null;
}

export type NameKey = 'clientFirstName' | 'clientLastName' | 'organizationName';
export const NAME_KEYS: NameKey[] = ['clientFirstName', 'clientLastName', 'organizationName'];
export type Names = Record<NameKey, string | null>;

const clean = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rule 1: the device list (B090006, N090007, B090065, N090012, B090023, B090021). */
export function checkDeviceList(ctx: Ctx, list: { priceQuoteId?: string | null; deviceIdentifier?: string | null }[]): RequestedDevice[] {
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

/** Rule 2 (format part): B090059 / B090060 / B090063. */
export function checkRefFormat(ref: string | null | undefined): void {
  const problem = tradeInRefProblem(ref);
  if (problem) throw E[problem]();
}

/** What the rules read before anything is written. */
export interface RegistrationFacts {
  refTaken: boolean;
  /** Devices elsewhere that block these identifiers (rule 6). */
  blocking: { identifier: string; status: Parameters<typeof identifierBlock>[0] }[];
  /** Whether some identifier is still held by an expired temporary trade-in (freed at write time). */
  expiredTemporary: boolean;
  /** Device ids reserved for the new devices (sequence values: never rolled back, never reused). */
  deviceIds: number[];
  /** The quote of each device, in request order (null = unknown). */
  quotes: (StoredQuote | null)[];
}

/**
 * Reads everything the rules need that does not depend on another answer: the trade-in state of
 * the identifiers and the reference (one query) and the quotes (pricing), in parallel.
 */
export async function loadFacts(
  env: TradeinsEnv,
  ctx: Ctx,
  q: { kind: TradeInKind; ref: string | null; devices: RequestedDevice[]; exceptTradeInId?: number; reserveIds: boolean },
): Promise<RegistrationFacts> {
  const pricing = env.port('pricing');
  const [state, quotes] = await allOf(ctx, [
    () =>
      registrationRepository.registrationState(ctx, {
        kind: q.kind,
        ref: q.ref,
        identifiers: q.devices.map((d) => d.identifier),
        now: ctx.clock.now(),
        exceptTradeInId: q.exceptTradeInId ?? null,
        reserve: q.reserveIds ? q.devices.length : 0,
      }),
    () =>
      allOf(
        ctx,
        q.devices.map((d) => () => (UUID.test(d.quoteId) ? pricing.getQuote(ctx, d.quoteId) : null)),
      ),
  ]);
  return { ...state, quotes };
}

/** Rule 3: agent and location (B090007, B090008, F090001). Defaults: the caller's user and location. */
export async function resolveAgentAndLocation(
  env: TradeinsEnv,
  ctx: Ctx,
  input: { agentId?: string | null; locationId?: number | null },
): Promise<{ agentUserId: number | null; locationId: number | null }> {
  let agentUserId: number | null =
    ctx.actor.kind === 'apikey' || (ctx.actor.kind === 'user' && ctx.actor.role !== 'customer') ? (ctx.actor.userId ?? null) : null;
  const agentGiven = input.agentId !== null && input.agentId !== undefined && input.agentId !== '';
  const locationGiven = input.locationId !== null && input.locationId !== undefined && input.locationId !== 0;
  const [user, location] = await allOf(ctx, [
    () => (agentGiven ? env.deps.org.users.findByUid(ctx, String(input.agentId)) : null),
    () => (locationGiven && Number.isSafeInteger(input.locationId) ? env.deps.org.locations.findById(ctx, input.locationId!) : null),
  ]);
  if (agentGiven) {
    if (!user || user.role === 'customer') throw E.B090007({ id: input.agentId! });
    agentUserId = user.id;
  }
  let locationId: number | null = ctx.actor.locationId ?? null;
  if (locationGiven) {
    if (!location) throw E.B090008({ id: input.locationId! });
    locationId = location.id;
  }
  const keyLocationId = keyLocation(ctx);
  if (keyLocationId !== null && locationId !== keyLocationId) throw E.F090001({ keyLocationId, locationId: locationId ?? '-' });
  return { agentUserId, locationId };
}

/** Rule 4: each quote known, unused, unexpired and made for this identifier (N090003, B090030, B090024, B090080). */
export function checkQuotes(devices: RequestedDevice[], quotes: (StoredQuote | null)[], now: Date): CheckedDevice[] {
  return devices.map((d, i) => {
    const quote = quotes[i];
    if (!quote) throw E.N090003({ id: d.quoteId });
    if (quote.usedAt) throw E.B090030({ id: quote.id });
    if (quote.expiresAt.getTime() <= now.getTime()) throw E.B090024({ id: quote.id });
    if (quote.itemIdentifier && normalizeIdentifier(quote.itemIdentifier) !== d.identifier) {
      throw E.B090080({ id: quote.id, identifier: d.identifier });
    }
    return { identifier: d.identifier, quote, position: i + 1 };
  });
}

/**
 * Seed §5: IsCorporate decides the VAT treatment. A quote priced for a customer type that the
 * tenant's VAT mode treats differently (marginal VAT: private vs business) is refused with
 * B090083, so the price registered is always the price of the customer type registered.
 */
export function checkVatScheme(env: TradeinsEnv, ctx: Ctx, devices: CheckedDevice[], isCorporate: boolean): VatScheme {
  const pricing = env.port('pricing');
  if (!pricing.vatScheme) return 'none';
  const scheme = pricing.vatScheme(ctx, isCorporate ? 1 : 0);
  for (const d of devices) {
    if (pricing.vatScheme(ctx, d.quote.tradeInType) !== scheme) {
      throw E.B090083({ id: d.quote.id, tradeInType: d.quote.tradeInType, isCorporate: String(isCorporate), expected: isCorporate ? 1 : 0 });
    }
  }
  return scheme;
}

function inWindow(c: CampaignView, at: Date): boolean {
  const from = c.activeFrom ? new Date(c.activeFrom).getTime() : -Infinity;
  const to = c.activeTo ? new Date(c.activeTo).getTime() : Infinity;
  return at.getTime() >= from && at.getTime() <= to;
}

/** Rule 5: one campaign per trade-in, in its window now and when each quote was made, within its limits. */
export async function checkCampaign(env: TradeinsEnv, ctx: Ctx, devices: CheckedDevice[], now: Date): Promise<number | null> {
  const settings = TradeinsSettings.read(ctx.tenant);
  const ids = new Set(devices.map((d) => d.quote.campaignId ?? null));
  if (ids.size > 1) throw E.B090032();
  const campaignId = [...ids][0];
  const sumMinor = devices.reduce((s, d) => s + d.quote.basePriceMinor, 0);
  if (settings.maxAmountPerTradeIn !== null && sumMinor > toMinor(settings.maxAmountPerTradeIn, ctx.tenant.currency)) throw E.B090042();
  if (campaignId === null || campaignId === undefined) return null;
  const campaigns = env.port('campaigns');
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

/** Rule 6: no identifier in an unfinished (B090004), in-stock (B090005) or completed (B090046) trade-in. */
export function checkIdentifiersFree(blocking: RegistrationFacts['blocking']): void {
  for (const b of blocking) {
    const block = identifierBlock(b.status);
    if (block === 'unfinished') throw E.B090004({ identifier: b.identifier });
    if (block === 'in_stock') throw E.B090005({ identifier: b.identifier });
    if (block === 'registered') throw E.B090046({ identifier: b.identifier });
  }
}

/** The latest due-diligence report of each device, read in parallel (rule 7 checks them). */
export function loadReports(env: TradeinsEnv, ctx: Ctx, devices: CheckedDevice[]): Promise<(DiligenceSummary | null)[]> {
  const diligence = env.port('diligence');
  return allOf(
    ctx,
    devices.map((d) => () => diligence.latestReportFor(ctx, { itemIdentifier: d.identifier, variantId: d.quote.variantId })),
  );
}

/**
 * Rule 7, seed §4 before registration: a report must exist, fraud must not be Failed
 * (Caution/Error by setting), FMIP must not be Lost, and an activated Find My must be priced
 * with SystemExtra 1. Returns what is recorded per device: the checked or attested FMIP status,
 * or — when no Find-My-capable provider is configured (`NotChecked`) — the client's declaration
 * in the quote (SystemExtras 1 = activated, otherwise not), unless the tenant requires a check
 * (B090082).
 */
export function checkDiligence(ctx: Ctx, devices: CheckedDevice[], reports: (DiligenceSummary | null)[]): Map<string, FmipRecord> {
  const settings = TradeinsSettings.read(ctx.tenant);
  const out = new Map<string, FmipRecord>();
  devices.forEach((d, i) => {
    const report = reports[i];
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
    else if (report.fmip === 'Activated' || report.fmip === 'NotActivated')
      out.set(identifier, { status: report.fmip, source: attested ? 'attestation' : 'check' });
    else if (report.fmip === 'NotApplicable') out.set(identifier, { status: 'NotApplicable', source: 'check' });
  });
  return out;
}

/** The tenant's data fields that hold the names (null when datafields offers none). */
export function loadNameFieldIds(env: TradeinsEnv, ctx: Ctx, isCorporate: boolean): Promise<Record<NameKey, number | null> | null> {
  const datafields = env.optionalPort('datafields');
  return datafields?.nameFieldIds ? datafields.nameFieldIds(ctx, isCorporate) : Promise.resolve(null);
}

/**
 * Rule 8, "say a name once": the top-level ClientFirstName / ClientLastName / OrganizationName
 * fill the tenant's data fields of the same meaning when those are empty, and those fields fill
 * the top-level names when these are missing. `overwrite` (updates): a name sent at the top
 * level replaces the field's value.
 */
export function mergeNames(
  ids: Record<NameKey, number | null> | null,
  values: DataFieldValue[],
  top: Partial<Record<NameKey, string | null>>,
  overwrite: boolean,
): { values: DataFieldValue[]; names: Names } {
  const names: Names = {
    clientFirstName: clean(top.clientFirstName),
    clientLastName: clean(top.clientLastName),
    organizationName: clean(top.organizationName),
  };
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

/** Data fields as sent: seed shape `{DataFieldId, DataFieldValue}` or camel-cased. */
export function normalizeFields(values: (DataFieldValue | { dataFieldId: number; dataFieldValue: string | null })[] | null | undefined): DataFieldValue[] {
  return (values ?? []).map((v) =>
    'DataFieldId' in v ? { DataFieldId: v.DataFieldId, DataFieldValue: v.DataFieldValue } : { DataFieldId: v.dataFieldId, DataFieldValue: v.dataFieldValue },
  );
}

/**
 * Runs independent reads together — at once on the pool, one after the other inside a
 * transaction (a transaction is one connection: node-postgres deprecates overlapping queries on
 * it; registration runs inside commerce's checkout transaction) — and hands each result back as
 * a getter that throws its error when read, so the rules keep their documented order whichever
 * answer failed first.
 */
export async function readAll<T extends readonly (() => unknown)[]>(
  ctx: Ctx,
  work: readonly [...T],
): Promise<{ [K in keyof T]: () => Awaited<ReturnType<T[K]>> }> {
  const settled: PromiseSettledResult<unknown>[] = [];
  if (ctx.db.inTransaction) {
    for (const w of work)
      settled.push(
        await Promise.resolve()
          .then(w)
          .then(
            (value) => ({ status: 'fulfilled' as const, value }),
            (reason: unknown) => ({ status: 'rejected' as const, reason }),
          ),
      );
  } else {
    settled.push(...(await Promise.allSettled(work.map((w) => Promise.resolve().then(w)))));
  }
  return settled.map((s) => () => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  }) as { [K in keyof T]: () => Awaited<ReturnType<T[K]>> };
}

/** `readAll` for reads that cannot fail with a rule's code: their values, or the first error. */
async function allOf<T extends readonly (() => unknown)[]>(ctx: Ctx, work: readonly [...T]): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const got = await readAll(ctx, work);
  return got.map((g) => g()) as { [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
