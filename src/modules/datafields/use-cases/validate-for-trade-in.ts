import type { Ctx } from '../../../platform/context.js';
import type { AppError } from '../../../platform/errors/index.js';
import { allowPrivateOutbound } from '../../../platform/outbound-http/index.js';
import { DataFieldErrors as E } from '../datafields.errors.js';
import { dataFieldRepository as repo } from '../datafields.repository.js';
import { TradeInDataFieldsInput } from '../datafields.schemas.js';
import type { DataField, ValidatedDataFieldValue } from '../datafields.types.js';
import { validateExternally } from '../external-validation.js';
import { checkValue, inScope, labelOf, valueKey, type ValueProblem } from '../value-rules.js';
import type { DataFieldsEnv } from './env.js';
import { checkUses } from './record-uses.js';

/** How long a successful validation counts for fields that require one (B090047). */
export const VALIDATION_TTL_MS = 24 * 60 * 60 * 1000;

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

/**
 * Checks a trade-in's CustomDataFields (registration or update) and returns them normalized.
 * Throws the seed's codes: B090014 duplicate id, B090017 unknown id, B090018 field not
 * applicable (inactive, other scope, campaign field of another campaign), B090031 required
 * value empty, B090016 required field missing (register only), B090029/B090026/B090027/B090025
 * value refused, B090028 refused by the field's external validator (B050010 when it fails),
 * B090019 unique value used, B090043 use limit reached, B090047/B090049 value not validated first.
 */
export async function validateForTradeIn(env: DataFieldsEnv, ctx: Ctx, raw: TradeInDataFieldsInput): Promise<ValidatedDataFieldValue[]> {
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
  const all = await env.fields.all(ctx);
  const byId = new Map(all.map((f) => [f.id, f]));
  const campaignFieldIds = input.campaignId !== null && env.campaignFields ? await env.campaignFields.dataFieldIdsFor(ctx, input.campaignId) : null;
  const applies = (f: DataField): boolean => {
    if (!f.isActive || !inScope(f, input.isCorporate)) return false;
    if (!f.isCampaignField) return true;
    if (input.campaignId === null) return false;
    // Without a campaign source every campaign field is accepted (never required) on a campaign trade-in.
    return campaignFieldIds === null ? !env.campaignFields : campaignFieldIds.includes(f.id);
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
    await checkUses(ctx, field, value, key, input.excludeTradeInId ?? null);
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
