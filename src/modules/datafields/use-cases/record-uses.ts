import type { DataFieldsEnv } from './env.js';
import type { Ctx } from '../../../platform/context.js';
import { DataFieldErrors as E } from '../datafields.errors.js';
import { dataFieldRepository as repo } from '../datafields.repository.js';
import type { DataField, DataFieldValueInput, ValidatedDataFieldValue } from '../datafields.types.js';
import { valueKey } from '../value-rules.js';

/** B090019 / B090043 when the value has no use left (other than `excludeTradeInId`'s). */
export async function checkUses(ctx: Ctx, field: DataField, value: string, key: string, excludeTradeInId: number | null): Promise<void> {
  if (!field.isUnique && field.maxUsesPerValue === null) return;
  const uses = await repo.countUses(ctx, field.id, key, excludeTradeInId);
  if (field.isUnique && uses >= 1) throw E.B090019({ id: field.id, value });
  if (field.maxUsesPerValue !== null && uses >= field.maxUsesPerValue) throw E.B090043({ id: field.id });
}

/**
 * Records the values a trade-in uses, inside the caller's transaction (after
 * `validateForTradeIn`). Values of unique or limited fields are locked per value and counted
 * again, so two racing registrations cannot both take the last use (B090019/B090043). On
 * update, a field's previous value for the trade-in is replaced; an empty value releases it.
 */
export async function recordUses(
  env: DataFieldsEnv,
  ctx: Ctx,
  tradeInId: number,
  values: readonly DataFieldValueInput[] | readonly ValidatedDataFieldValue[],
): Promise<void> {
  const normalized = values.map((v) =>
    'dataFieldId' in v ? { id: v.dataFieldId, value: v.value } : { id: v.DataFieldId, value: (v.DataFieldValue ?? '').trim() },
  );
  const fields = new Map(
    (
      await env.fields.byIds(
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
      await checkUses(ctx, v.field, v.value, v.key, tradeInId);
    }
    await repo.replaceUse(ctx, tradeInId, v.field.id, v.key, now);
  }
}
