import type { DataFieldsEnv } from './env.js';
import type { Ctx } from '../../../platform/context.js';
import { allowPrivateOutbound, checkTargetUrl, OutboundError } from '../../../platform/outbound-http/index.js';
import { DataFieldErrors as E } from '../datafields.errors.js';
import { dataFieldRepository as repo, type DataFieldDraft } from '../datafields.repository.js';
import { CreateDataFieldInput, UpdateDataFieldInput } from '../datafields.schemas.js';
import type { DataField } from '../datafields.types.js';
import { compileFieldRegex } from '../value-rules.js';

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

export function listFields(ctx: Ctx): Promise<DataField[]> {
  return repo.list(ctx);
}

export async function getField(ctx: Ctx, id: number): Promise<DataField> {
  const field = await repo.byId(ctx, id);
  if (!field) throw E.N040002({ id });
  return field;
}

export async function createField(env: DataFieldsEnv, ctx: Ctx, raw: CreateDataFieldInput): Promise<DataField> {
  const draft = draftFrom(CreateDataFieldInput.parse(raw));
  checkDefinition(draft);
  checkValidatorUrl(ctx, draft.externalValidation);
  const created = await repo.insert(ctx, draft, ctx.clock.now());
  if (!created) throw E.B050022({ name: draft.name });
  await env.fields.changed(ctx);
  return created;
}

export async function updateField(env: DataFieldsEnv, ctx: Ctx, id: number, raw: UpdateDataFieldInput): Promise<DataField> {
  const patch = UpdateDataFieldInput.parse(raw);
  const current = await getField(ctx, id);
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
  await env.fields.changed(ctx);
  return updated;
}

/**
 * Deletes a field no trade-in has used; a used field is deactivated instead (its uses keep
 * counting for uniqueness). Returns what happened.
 */
export async function removeField(env: DataFieldsEnv, ctx: Ctx, id: number): Promise<'deleted' | 'deactivated'> {
  const field = await getField(ctx, id);
  if (await repo.isUsed(ctx, id)) {
    await updateField(env, ctx, field.id, { isActive: false });
    return 'deactivated';
  }
  await repo.delete(ctx, id);
  await env.fields.changed(ctx);
  return 'deleted';
}
