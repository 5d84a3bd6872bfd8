import type { DataFieldsEnv } from './env.js';
import type { Ctx } from '../../../platform/context.js';
import { DataFieldErrors as E } from '../datafields.errors.js';
import { dataFieldRepository as repo } from '../datafields.repository.js';
import type { DataField, RetailDataField } from '../datafields.types.js';
import { labelOf, scopeText } from '../value-rules.js';

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

/**
 * Seed §7 listing of the tenant's active fields (campaign fields included, flagged), by id.
 * `term` (when the search form is used, i.e. the parameter is present) filters by name or
 * label in any locale: empty → B040002, shorter than three characters → B040001.
 * `visibleOnly`: only the fields a trade-in form shows (the web app's registration form).
 */
export async function listRetail(env: DataFieldsEnv, ctx: Ctx, options: { term?: string; visibleOnly?: boolean } = {}): Promise<RetailDataField[]> {
  let fields = await env.fields.active(ctx);
  if (options.visibleOnly) fields = fields.filter((f) => f.isVisible);
  if (options.term !== undefined) {
    const term = options.term.trim().toLowerCase();
    if (term.length === 0) throw E.B040002();
    if ([...term].length < 3) throw E.B040001();
    fields = fields.filter((f) => [f.name, ...Object.values(f.labels)].some((s) => s.toLowerCase().includes(term)));
  }
  return fields.map((f) => toRetail(f, ctx.locale));
}

/** One field in the seed §7 shape (N040002 when the tenant has no such active field). */
export async function getRetail(ctx: Ctx, id: number): Promise<RetailDataField> {
  const field = Number.isSafeInteger(id) && id > 0 ? await repo.byId(ctx, id) : null;
  if (!field || !field.isActive) throw E.N040002({ id });
  return toRetail(field, ctx.locale);
}

/** Fields by id in the seed §7 shape, in the order asked, skipping unknown ids (campaign details). */
export async function describeFields(ctx: Ctx, ids: number[]): Promise<RetailDataField[]> {
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
