import type { Ctx } from '../../platform/context.js';
import type { AppError } from '../../platform/errors/index.js';
import { allowPrivateOutbound, checkTargetUrl, OutboundError } from '../../platform/outbound-http/index.js';
import { DataFieldErrors as E } from './datafields.errors.js';
import { dataFieldRepository as repo, type DataFieldDraft } from './datafields.repository.js';
import { CreateDataFieldInput, TradeInDataFieldsInput, UpdateDataFieldInput } from './datafields.schemas.js';
import type { DataField, DataFieldValueInput, RetailDataField, ValidatedDataFieldValue } from './datafields.types.js';
import { validateExternally } from './external-validation.js';
import type { DataFieldCache } from './field-cache.js';
import { checkValue, compileFieldRegex, inScope, labelOf, scopeText, valueKey, type ValueProblem } from './value-rules.js';

/** Which data fields a campaign carries (the campaigns module provides it at wiring time). */
export interface CampaignFieldSource {
  /** The campaign's data field ids, or null when the campaign does not exist. */
  dataFieldIdsFor(ctx: Ctx, campaignId: number): Promise<number[] | null>;
}

/** Field names (lower-case letters only) that mean one of the seed's top-level name fields. */
const NAME_MEANINGS: Record<string, 'clientFirstName' | 'clientLastName' | 'organizationName'> = {
  firstname: 'clientFirstName',
  clientfirstname: 'clientFirstName',
  customerfirstname: 'clientFirstName',
  givenname: 'clientFirstName',
  lastname: 'clientLastName',
  clientlastname: 'clientLastName',
  customerlastname: 'clientLastName',
  surname: 'clientLastName',
  familyname: 'clientLastName',
  organizationname: 'organizationName',
  organisationname: 'organizationName',
  clientorganizationname: 'organizationName',
  companyname: 'organizationName',
};

/** How long a successful validation counts for fields that require one (B090047). */
export const VALIDATION_TTL_MS = 24 * 60 * 60 * 1000;

/** The outcome of `GET /tradeins/datafields/validate` for a value: valid, or why not. */
export type ValueValidation = { valid: true } | { valid: false; error: AppError };

const toRetail = (f: DataField, locale: string): RetailDataField => ({
  IsCampaignField: f.isCampaignField,
  IsRequired: f.isRequired,
  IsVisible: f.isVisible,
  Scope: scopeText(f),
  Label: labelOf(f.labels, locale, f.name),
  SortOrder: f.sortOrder,
  DataFieldId: f.id,
  DataFieldName: f.name,
  DataFieldTemplateType: f.templateType,
  DataFieldType: f.dataType,
  ListOptions: f.listOptions.map((o) => ({ Value: o.value, Label: labelOf(o.labels, locale, o.value) })),
});

/** B050xxx for the validate endpoint. */
function validateProblem(field: DataField, value: string, p: ValueProblem): AppError {
  switch (p.kind) {
    case 'too_long':
      return E.B050009({ id: field.id });
    case 'not_numeric':
      return E.B050006();
    case 'type_mismatch':
      return E.B050008({ id: field.id, value });
    case 'unknown_option':
      return E.B050007({ id: field.id, value });
    case 'regex':
      return E.B050005({ id: field.id, value, regex: p.regex });
  }
}

/** B090xxx for registration and update. */
function registerProblem(field: DataField, value: string, p: ValueProblem): AppError {
  switch (p.kind) {
    case 'too_long':
      return E.B090029({ id: field.id });
    case 'not_numeric':
    case 'type_mismatch':
      return E.B090026({ id: field.id, value, type: field.templateType });
    case 'unknown_option':
      return E.B090027({ id: field.id, value });
    case 'regex':
      return E.B090025({ id: field.id, value, regex: p.regex });
  }
}

function checkDefinition(d: DataFieldDraft): void {
  if (d.regex !== null) {
    try {
      compileFieldRegex(d.regex);
    } catch (err) {
      throw E.B050020({ regex: d.regex, reason: (err as Error).message });
    }
  }
  if ((d.templateType === 'List') !== d.listOptions.length > 0) throw E.B050021();
}

/**
 * An external validator's URL must be one the guarded outbound client will call: `https` to a
 * public host, unless the tenant's `development.allowPrivateOutbound` is on (B050023).
 */
function checkValidatorUrl(ctx: Ctx, ev: DataFieldDraft['externalValidation']): void {
  if (!ev) return;
  try {
    checkTargetUrl(ev.url, allowPrivateOutbound(ctx.tenant));
  } catch (err) {
    if (err instanceof OutboundError) throw E.B050023({ url: ev.url, reason: `${err.code}: ${err.message}` });
    throw err;
  }
}

function draftFrom(input: ReturnType<typeof CreateDataFieldInput.parse>): DataFieldDraft {
  const { scope, ...rest } = input;
  return { ...rest, scopeCorporate: scope.includes('Corporate'), scopePrivate: scope.includes('Private') };
}

/** Custom data fields: definitions, listing, value validation, uses of values by trade-ins. */
export class DataFieldsService {
  private campaignFields: CampaignFieldSource | null = null;

  constructor(private readonly fields: DataFieldCache) {}

  /** The campaigns module registers itself here at wiring time (campaigns imports datafields, not the reverse). */
  setCampaignFieldSource(source: CampaignFieldSource): void {
    this.campaignFields = source;
  }

  /**
   * Seed §7 listing of the tenant's active fields (campaign fields included, flagged), by id.
   * `term` (when the search form is used, i.e. the parameter is present) filters by name or
   * label in any locale: empty → B040002, shorter than three characters → B040001.
   */
  async listRetail(ctx: Ctx, options: { term?: string } = {}): Promise<RetailDataField[]> {
    let fields = await this.fields.active(ctx);
    if (options.term !== undefined) {
      const term = options.term.trim().toLowerCase();
      if (term.length === 0) throw E.B040002();
      if ([...term].length < 3) throw E.B040001();
      fields = fields.filter((f) => [f.name, ...Object.values(f.labels)].some((s) => s.toLowerCase().includes(term)));
    }
    return fields.map((f) => toRetail(f, ctx.locale));
  }

  /** One field in the seed §7 shape (N040002 when the tenant has no such active field). */
  async getRetail(ctx: Ctx, id: number): Promise<RetailDataField> {
    const field = Number.isSafeInteger(id) && id > 0 ? await repo.byId(ctx, id) : null;
    if (!field || !field.isActive) throw E.N040002({ id });
    return toRetail(field, ctx.locale);
  }

  /** Fields by id in the seed §7 shape, in the order asked, skipping unknown ids (campaign details). */
  async describe(ctx: Ctx, ids: number[]): Promise<RetailDataField[]> {
    const byId = new Map(
      (
        await repo.byIds(
          ctx,
          ids.filter((id) => Number.isSafeInteger(id) && id > 0),
        )
      ).map((f) => [f.id, f]),
    );
    return ids.flatMap((id) => {
      const f = byId.get(id);
      return f ? [toRetail(f, ctx.locale)] : [];
    });
  }

  /**
   * `GET /tradeins/datafields/validate`: missing parameters and unknown/inactive fields throw
   * (B050001, B050002, N050001, B050004); a value the field refuses is a result, not an error
   * (an external validator's refusal reads B050008, its failure B050010).
   * A valid value of a field that requires validation is remembered (B090047 otherwise).
   */
  async validateValue(ctx: Ctx, input: { dataFieldId?: string; value?: string }): Promise<ValueValidation> {
    const rawId = input.dataFieldId?.trim() ?? '';
    if (rawId === '') throw E.B050002();
    if (input.value === undefined || input.value.trim() === '') throw E.B050001();
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
    const field = Number.isSafeInteger(id) && id > 0 ? await repo.byId(ctx, id) : null;
    if (!field) throw E.N050001({ id: rawId });
    if (!field.isActive) throw E.B050004();
    const value = input.value.trim();
    const problem = checkValue(field, value);
    if (problem) return { valid: false, error: validateProblem(field, value, problem) };
    if (field.externalValidation) {
      const outcome = await validateExternally(field.externalValidation, field, value, { allowPrivate: allowPrivateOutbound(ctx.tenant) });
      if (outcome.kind === 'refused') return { valid: false, error: E.B050008({ id: field.id, value }) };
      if (outcome.kind === 'failed') return { valid: false, error: E.B050010({ message: outcome.message }) };
    }
    const key = valueKey(field, value);
    if (field.isUnique || field.maxUsesPerValue !== null) {
      const uses = await repo.countUses(ctx, field.id, key, null);
      if ((field.isUnique && uses >= 1) || (field.maxUsesPerValue !== null && uses >= field.maxUsesPerValue)) {
        return { valid: false, error: E.B050003() };
      }
    }
    if (field.requiresValidation) await repo.recordValidation(ctx, field.id, key, ctx.clock.now());
    return { valid: true };
  }

  /**
   * Checks a trade-in's CustomDataFields (registration or update) and returns them normalized.
   * Throws the seed's codes: B090014 duplicate id, B090017 unknown id, B090018 field not
   * applicable (inactive, other scope, campaign field of another campaign), B090031 required
   * value empty, B090016 required field missing (register only), B090029/B090026/B090027/B090025
   * value refused, B090028 refused by the field's external validator (B050010 when it fails),
   * B090019 unique value used, B090043 use limit reached, B090047/B090049 value not validated first.
   */
  async validateForTradeIn(ctx: Ctx, raw: TradeInDataFieldsInput): Promise<ValidatedDataFieldValue[]> {
    const parsed = TradeInDataFieldsInput.safeParse(raw);
    if (!parsed.success) {
      // A malformed entry (id not an integer, value not a string) names no field of the tenant.
      const bad = (raw.values ?? []).find((v) => !Number.isInteger(v?.DataFieldId) || (v.DataFieldValue !== null && typeof v.DataFieldValue !== 'string'));
      throw E.B090017({ id: String(bad?.DataFieldId ?? '') });
    }
    const input = parsed.data;
    const seen = new Set<number>();
    for (const v of input.values) {
      if (seen.has(v.DataFieldId)) throw E.B090014({ id: v.DataFieldId });
      seen.add(v.DataFieldId);
    }
    const all = await this.fields.all(ctx);
    const byId = new Map(all.map((f) => [f.id, f]));
    const campaignFieldIds = input.campaignId !== null && this.campaignFields ? await this.campaignFields.dataFieldIdsFor(ctx, input.campaignId) : null;
    const applies = (f: DataField): boolean => {
      if (!f.isActive || !inScope(f, input.isCorporate)) return false;
      if (!f.isCampaignField) return true;
      if (input.campaignId === null) return false;
      // Without a campaign source every campaign field is accepted (never required) on a campaign trade-in.
      return campaignFieldIds === null ? !this.campaignFields : campaignFieldIds.includes(f.id);
    };
    const required = (f: DataField): boolean => f.isRequired && applies(f) && (!f.isCampaignField || campaignFieldIds !== null);

    const out: ValidatedDataFieldValue[] = [];
    for (const v of input.values) {
      const field = byId.get(v.DataFieldId);
      if (!field) throw E.B090017({ id: v.DataFieldId });
      if (!applies(field)) throw E.B090018({ name: field.name });
      const value = (v.DataFieldValue ?? '').trim();
      if (value === '') {
        if (required(field)) throw E.B090031({ id: field.id });
        continue;
      }
      const problem = checkValue(field, value);
      if (problem) throw registerProblem(field, value, problem);
      if (field.externalValidation) {
        const outcome = await validateExternally(field.externalValidation, field, value, { allowPrivate: allowPrivateOutbound(ctx.tenant) });
        if (outcome.kind === 'refused') throw E.B090028({ id: field.id, value });
        if (outcome.kind === 'failed') throw E.B050010({ message: outcome.message });
      }
      const key = valueKey(field, value);
      await this.checkUses(ctx, field, value, key, input.excludeTradeInId ?? null);
      if (field.requiresValidation && !(await repo.validatedSince(ctx, field.id, key, new Date(ctx.clock.now().getTime() - VALIDATION_TTL_MS)))) {
        throw input.mode === 'register' ? E.B090047({ id: field.id }) : E.B090049({ id: field.id });
      }
      out.push({ dataFieldId: field.id, name: field.name, label: labelOf(field.labels, ctx.locale, field.name), value });
    }
    if (input.mode === 'register') {
      for (const f of all) if (required(f) && !seen.has(f.id)) throw E.B090016({ name: f.name });
    }
    return out;
  }

  /**
   * The tenant's active, non-campaign fields that apply to the customer type and mean the
   * client's first name, last name or organization name (by field name: "First name",
   * "ClientFirstName", "Last name", "Surname", "Organization name", "Company name", …). Trade-in
   * registration fills them from the top-level `ClientFirstName`/`ClientLastName`/
   * `OrganizationName` of seed 003 §5 and the other way round.
   */
  async nameFieldIds(
    ctx: Ctx,
    isCorporate: boolean,
  ): Promise<{ clientFirstName: number | null; clientLastName: number | null; organizationName: number | null }> {
    const out = { clientFirstName: null as number | null, clientLastName: null as number | null, organizationName: null as number | null };
    for (const f of await this.fields.active(ctx)) {
      if (f.isCampaignField || !inScope(f, isCorporate)) continue;
      const meaning = NAME_MEANINGS[f.name.toLowerCase().replace(/[^a-z]/g, '')];
      if (meaning && out[meaning] === null) out[meaning] = f.id;
    }
    return out;
  }

  private async checkUses(ctx: Ctx, field: DataField, value: string, key: string, excludeTradeInId: number | null): Promise<void> {
    if (!field.isUnique && field.maxUsesPerValue === null) return;
    const uses = await repo.countUses(ctx, field.id, key, excludeTradeInId);
    if (field.isUnique && uses >= 1) throw E.B090019({ id: field.id, value });
    if (field.maxUsesPerValue !== null && uses >= field.maxUsesPerValue) throw E.B090043({ id: field.id });
  }

  /** Whether recording these values takes a lock (then registration writes them in a transaction). */
  usesNeedLock(ctx: Ctx, values: readonly DataFieldValueInput[]): Promise<boolean> {
    return this.fields.usesNeedLock(ctx, values);
  }

  /**
   * Records the values a trade-in uses, inside the caller's transaction (after
   * `validateForTradeIn`). Values of unique or limited fields are locked per value and counted
   * again, so two racing registrations cannot both take the last use (B090019/B090043). On
   * update, a field's previous value for the trade-in is replaced; an empty value releases it.
   */
  async recordUses(ctx: Ctx, tradeInId: number, values: readonly DataFieldValueInput[] | readonly ValidatedDataFieldValue[]): Promise<void> {
    const normalized = values.map((v) =>
      'dataFieldId' in v ? { id: v.dataFieldId, value: v.value } : { id: v.DataFieldId, value: (v.DataFieldValue ?? '').trim() },
    );
    const fields = new Map(
      (
        await this.fields.byIds(
          ctx,
          normalized.map((v) => v.id),
        )
      ).map((f) => [f.id, f]),
    );
    const now = ctx.clock.now();
    // A stable order of locks avoids deadlocks between two trade-ins using the same values.
    const ordered = normalized
      .map((v) => ({ ...v, field: fields.get(v.id) }))
      .filter((v): v is { id: number; value: string; field: DataField } => !!v.field && (v.field.isUnique || v.field.maxUsesPerValue !== null))
      .map((v) => ({ ...v, key: v.value === '' ? null : valueKey(v.field, v.value) }))
      .sort((a, b) => a.id - b.id || String(a.key).localeCompare(String(b.key)));
    for (const v of ordered) {
      if (v.key !== null) {
        await repo.lockValue(ctx, v.field.id, v.key);
        await this.checkUses(ctx, v.field, v.value, v.key, tradeInId);
      }
      await repo.replaceUse(ctx, tradeInId, v.field.id, v.key, now);
    }
  }

  // --- administration -------------------------------------------------------------------

  list(ctx: Ctx): Promise<DataField[]> {
    return repo.list(ctx);
  }

  async get(ctx: Ctx, id: number): Promise<DataField> {
    const field = await repo.byId(ctx, id);
    if (!field) throw E.N040002({ id });
    return field;
  }

  async create(ctx: Ctx, raw: CreateDataFieldInput): Promise<DataField> {
    const draft = draftFrom(CreateDataFieldInput.parse(raw));
    checkDefinition(draft);
    checkValidatorUrl(ctx, draft.externalValidation);
    const created = await repo.insert(ctx, draft, ctx.clock.now());
    if (!created) throw E.B050022({ name: draft.name });
    await this.fields.changed(ctx);
    return created;
  }

  async update(ctx: Ctx, id: number, raw: UpdateDataFieldInput): Promise<DataField> {
    const patch = UpdateDataFieldInput.parse(raw);
    const current = await this.get(ctx, id);
    const { scope, ...rest } = patch;
    const draft: DataFieldDraft = {
      ...current,
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(scope ? { scopeCorporate: scope.includes('Corporate'), scopePrivate: scope.includes('Private') } : {}),
    };
    checkDefinition(draft);
    if (patch.externalValidation !== undefined) checkValidatorUrl(ctx, draft.externalValidation);
    if (draft.name.toLowerCase() !== current.name.toLowerCase()) {
      const other = await repo.byName(ctx, draft.name);
      if (other && other.id !== id) throw E.B050022({ name: draft.name });
    }
    const updated = await repo.update(ctx, id, draft, ctx.clock.now());
    if (!updated) throw E.N040002({ id });
    await this.fields.changed(ctx);
    return updated;
  }

  /**
   * Deletes a field no trade-in has used; a used field is deactivated instead (its uses keep
   * counting for uniqueness). Returns what happened.
   */
  async remove(ctx: Ctx, id: number): Promise<'deleted' | 'deactivated'> {
    const field = await this.get(ctx, id);
    if (await repo.isUsed(ctx, id)) {
      await this.update(ctx, field.id, { isActive: false });
      return 'deactivated';
    }
    await repo.delete(ctx, id);
    await this.fields.changed(ctx);
    return 'deleted';
  }

  /** The seed's §7 demo fields, created when missing (by name); idempotent. */
  async seedDemo(ctx: Ctx): Promise<void> {
    for (const def of DEMO_FIELDS) {
      if (!(await repo.byName(ctx, def.name))) await this.create(ctx, def);
    }
  }
}

/** Seed 003 §7's example fields. */
export const DEMO_FIELDS: CreateDataFieldInput[] = [
  {
    name: 'ClientPhone',
    labels: { en: 'Customer phone', tr: 'Müşteri telefonu', sv: 'Kundens telefon', de: 'Telefon des Kunden' },
    sortOrder: 4,
  },
  {
    name: 'ClientEmail',
    labels: { en: 'Customer email', tr: 'Müşteri e-postası', sv: 'Kundens e-post', de: 'E-Mail des Kunden' },
    templateType: 'Email',
    isRequired: true,
    sortOrder: 3,
  },
  {
    name: 'Organization name',
    labels: { en: 'Organization name', tr: 'Kuruluş adı', sv: 'Organisationens namn', de: 'Name der Organisation' },
    isRequired: true,
    scope: ['Corporate'],
    sortOrder: 0,
  },
  { name: 'First name', labels: { en: 'First name', tr: 'Ad', sv: 'Förnamn', de: 'Vorname' }, isRequired: true, sortOrder: 1 },
  { name: 'Last name', labels: { en: 'Last name', tr: 'Soyad', sv: 'Efternamn', de: 'Nachname' }, isRequired: true, sortOrder: 2 },
];
