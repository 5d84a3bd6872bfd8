import type { Ctx } from '../../../platform/context.js';
import type { AppError } from '../../../platform/errors/index.js';
import { allowPrivateOutbound } from '../../../platform/outbound-http/index.js';
import { DataFieldErrors as E } from '../datafields.errors.js';
import { dataFieldRepository as repo } from '../datafields.repository.js';
import type { DataField } from '../datafields.types.js';
import { validateExternally } from '../external-validation.js';
import { checkValue, valueKey, type ValueProblem } from '../value-rules.js';

/** The outcome of `GET /tradeins/datafields/validate` for a value: valid, or why not. */
export type ValueValidation = { valid: true } | { valid: false; error: AppError };

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

/**
 * `GET /tradeins/datafields/validate`: missing parameters and unknown/inactive fields throw
 * (B050001, B050002, N050001, B050004); a value the field refuses is a result, not an error
 * (an external validator's refusal reads B050008, its failure B050010).
 * A valid value of a field that requires validation is remembered (B090047 otherwise).
 */
export async function validateValue(ctx: Ctx, input: { dataFieldId?: string; value?: string }): Promise<ValueValidation> {
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
