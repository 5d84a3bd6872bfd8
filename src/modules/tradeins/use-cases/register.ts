import type { Ctx, Role } from '../../../platform/context.js';
import { co2SavingKg } from '../co2.js';
import type { ClaimResult, DataFieldValue } from '../ports.js';
import { devicesRepository as devices } from '../repositories/devices.repository.js';
import { registrationRepository as registration } from '../repositories/registration.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import { TradeinsSettings } from '../tradeins.settings.js';
import type { NewDevice, TradeIn, TradeInKind } from '../tradeins.types.js';
import type { TradeinsEnv } from './env.js';
import {
  checkCampaign,
  checkDeviceList,
  checkDiligence,
  checkIdentifiersFree,
  checkQuotes,
  checkRefFormat,
  checkVatScheme,
  loadFacts,
  loadNameFieldIds,
  loadReports,
  mergeNames,
  normalizeFields,
  readAll,
  resolveAgentAndLocation,
} from './registration-checks.js';
import { inRegistrationTx, withRegistrationCodes } from './registration-tx.js';

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

/**
 * Registers a trade-in (seed §5) or a temporary one (§6) after checking every rule of seed
 * 003 §12 RegisterTradeInRequest (`registration-checks.ts`). Reads run in parallel where one
 * does not need another's answer (the data fields and the variants come from memory). The
 * write is one statement that claims the quotes first (so of two registrations racing for one
 * quote exactly one wins, the other gets B090030) and writes the trade-in with everything it
 * writes; only when data-field values must be locked and counted again (unique or limited
 * fields), an expired temporary trade-in holds an identifier, or the caller's transaction is
 * open, the claim and the uses are separate statements of one transaction.
 */
export async function register(env: TradeinsEnv, ctx: Ctx, input: RegisterTradeInInput, options: RegisterOptions): Promise<TradeIn> {
  const now = ctx.clock.now();
  const settings = TradeinsSettings.read(ctx.tenant);
  const requested = checkDeviceList(ctx, input.tradeInDevices ?? []);
  checkRefFormat(input.tradeInRef);
  const kind: TradeInKind = options.temporary ? 'temporary' : 'final';
  const values = normalizeFields(input.customDataFields);
  const [facts, who, namesIfCorporateSent] = await readAll(ctx, [
    () => loadFacts(env, ctx, { kind, ref: input.tradeInRef || null, devices: requested, reserveIds: true }),
    () => resolveAgentAndLocation(env, ctx, input),
    () => (input.isCorporate === null || input.isCorporate === undefined ? null : loadNameFieldIds(env, ctx, input.isCorporate)),
  ]);
  if (facts().refTaken) throw E.B090062();
  const { agentUserId, locationId } = who();

  const checked = checkQuotes(requested, facts().quotes, now);
  // IsCorporate decides the VAT treatment; without it, the customer type the quotes were made for.
  const isCorporate = input.isCorporate ?? (checked.length > 0 && checked.every((d) => d.quote.tradeInType === 1));
  const vatScheme = checkVatScheme(env, ctx, checked, isCorporate);
  // With IsCorporate sent, the names are known now and the data fields can be validated alongside.
  const early = namesIfCorporateSent();
  const validate = (ids: Awaited<ReturnType<typeof loadNameFieldIds>>, campaignId: number | null) => {
    const named = mergeNames(ids, values, input, false);
    return env
      .port('datafields')
      .validateForTradeIn(ctx, { values: named.values, isCorporate, campaignId, mode: 'register' })
      .then(() => named);
  };
  let campaignChecked: Promise<number | null> | undefined;
  const checkCampaignOnce = () => (campaignChecked ??= checkCampaign(env, ctx, checked, now));
  const [campaign, reports, nameIds, variants, validatedEarly] = await readAll(ctx, [
    checkCampaignOnce,
    () => loadReports(env, ctx, checked),
    () => early ?? loadNameFieldIds(env, ctx, isCorporate),
    () => env.deps.catalog.getVariants(ctx, [...new Set(checked.map((d) => d.quote.variantId))]),
    // The campaign check reads a cache; its id is needed by the data-field rules (campaign fields).
    () => (early ? checkCampaignOnce().then((id) => validate(early, id)) : null),
  ]);
  const campaignId = campaign();
  checkIdentifiersFree(facts().blocking);
  const fmip = checkDiligence(ctx, checked, reports());
  const named = validatedEarly() ?? (await validate(nameIds(), campaignId));

  const status = options.temporary ? 'Temporary' : 'Registered';
  const { deviceIds, expiredTemporary } = facts();
  const newTradeIn: NewRegistration = {
    kind,
    status,
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
    customDataFields: named.values,
    expiresAt: options.temporary ? new Date(now.getTime() + settings.tempTradeInTtlHours * 3_600_000) : null,
    tempTradeInId: null,
    now,
    customerUserId: ctx.actor.kind === 'user' && ctx.actor.role === 'customer' && ctx.actor.userId ? ctx.actor.userId : null,
  };
  const newDevices = checked.map((d, i): Omit<NewDevice, 'tradeInId'> => {
    const variant = variants().get(d.quote.variantId);
    const f = fmip.get(d.identifier);
    return {
      id: deviceIds[i],
      position: d.position,
      status,
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
      fmipStatus: f?.status ?? null,
      fmipSource: f?.source ?? null,
      deviceBonusInclVatMinor: d.quote.deviceBonusInclVatMinor ?? 0,
      dealBonusInclVatMinor: d.quote.dealBonusInclVatMinor ?? 0,
    };
  });
  // Temporary trade-ins announce themselves (and record data-field uses) only when confirmed.
  const registered = options.temporary ? null : { payload: { source: options.source, deviceIds }, dedupeKey: 'tradein-registered:{id}' };
  const recordsUses = !options.temporary && named.values.length > 0;

  const pricing = env.port('pricing');
  const datafields = env.port('datafields');
  const alone =
    !ctx.db.inTransaction &&
    !expiredTemporary &&
    pricing.claimQuotesSql !== undefined &&
    (!recordsUses || (datafields.usesNeedLock !== undefined && !(await datafields.usesNeedLock(ctx, named.values))));
  if (alone) {
    // Nothing to lock or expire first: the claim is part of the one statement, no transaction.
    const claim = { sql: pricing.claimQuotesSql!.bind(pricing), quoteIds: checked.map((d) => d.quote.id), deviceIds };
    const tradeIn = await withRegistrationCodes(() => registration.insertClaimedRegistration(ctx, newTradeIn, newDevices, registered, claim));
    if (tradeIn) return tradeIn;
    throw await whyNotClaimed(env, ctx, checked);
  }
  return inRegistrationTx(ctx, async (tx) => {
    if (expiredTemporary)
      await devices.expireTemporaryDevices(
        tx,
        checked.map((d) => d.identifier),
        now,
      );
    // Claim first: the quote row lock decides a race before the identifier index does.
    // One after the other: a transaction is one connection (node-postgres deprecates overlapping queries on it).
    for (const [i, d] of checked.entries()) {
      const claim = await pricing.claimQuote(tx, d.quote.id, deviceIds[i]);
      if (claim !== 'claimed') throw claimError(claim, d.quote.id);
    }
    const tradeIn = await registration.insertRegistration(tx, newTradeIn, newDevices, registered);
    if (recordsUses) await datafields.recordUses(tx, tradeIn.id, named.values);
    return tradeIn;
  });
}

/** Who registers through the web app: the signed-in user's role and account names. */
export interface Registrant {
  role: Role;
  firstName?: string | null;
  lastName?: string | null;
}

/**
 * The web app's registration by a signed-in user: a customer registers as themself (the
 * account's names replace any the body sent); staff name the client.
 */
export function registerAs(env: TradeinsEnv, ctx: Ctx, registrant: Registrant, input: RegisterTradeInInput, options: RegisterOptions): Promise<TradeIn> {
  const names = registrant.role === 'customer' ? { clientFirstName: registrant.firstName, clientLastName: registrant.lastName } : {};
  return register(env, ctx, { ...input, ...names }, options);
}

type NewRegistration = Parameters<typeof registration.insertRegistration>[1];

function claimError(claim: Exclude<ClaimResult, 'claimed'>, id: string) {
  if (claim === 'already_used') return E.B090030({ id });
  if (claim === 'expired') return E.B090024({ id });
  return E.N090003({ id });
}

/**
 * Why the statement claimed fewer quotes than it was given: the first quote that is used,
 * expired or gone now. When all look usable again, a racing registration held one and then
 * failed: still reported as used (it was, when this one tried).
 */
async function whyNotClaimed(env: TradeinsEnv, ctx: Ctx, checked: { quote: { id: string } }[]) {
  const pricing = env.port('pricing');
  const now = ctx.clock.now().getTime();
  for (const d of checked) {
    const quote = await pricing.getQuote(ctx, d.quote.id);
    if (!quote) return claimError('not_found', d.quote.id);
    if (quote.usedAt) return claimError('already_used', d.quote.id);
    if (quote.expiresAt.getTime() <= now) return claimError('expired', d.quote.id);
  }
  return claimError('already_used', checked[0].quote.id);
}
