import type { Ctx } from '../../../platform/context.js';
import type { DataFieldValue } from '../ports.js';
import { tradeInsRepository as tradeIns } from '../repositories/trade-ins.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { TradeIn, TradeInKind } from '../tradeins.types.js';
import { assertTempOpen, findVisible } from './access.js';
import type { TradeinsEnv } from './env.js';
import { checkRefFormat, loadNameFieldIds, mergeNames, NAME_KEYS } from './registration-checks.js';
import { inRegistrationTx } from './registration-tx.js';

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

/**
 * Updates customer data, references and data fields of a registered trade-in, or of an open
 * temporary one (`kind: 'temporary'`, seed §6: the same request and answer).
 */
export async function update(env: TradeinsEnv, ctx: Ctx, id: number, input: UpdateTradeInInput, kind: TradeInKind = 'final'): Promise<TradeIn> {
  const t = await findVisible(ctx, id, kind);
  const patch: Parameters<typeof tradeIns.updateTradeIn>[2] = {};
  for (const key of ['isCorporate', 'organizationName', 'clientFirstName', 'clientLastName', 'agentRef', 'locationRef', 'tradeInRef'] as const) {
    const v = input[key];
    if (v !== undefined && v !== null) (patch as Record<string, unknown>)[key] = v;
  }
  const sent = input.customDataFields ?? [];
  if (Object.keys(patch).length === 0 && sent.length === 0) throw E.B090048();
  if (kind === 'final' && t.status !== 'Registered') throw E.B090001();
  if (kind === 'temporary') assertTempOpen(t, ctx.clock.now());
  if (patch.tradeInRef !== undefined) {
    checkRefFormat(patch.tradeInRef);
    if (await tradeIns.refExists(ctx, kind, patch.tradeInRef!, id)) throw E.B090062();
  }
  const isCorporate = patch.isCorporate ?? t.isCorporate;
  if (patch.isCorporate !== undefined && patch.isCorporate !== t.isCorporate) {
    const scheme = env.port('pricing').vatScheme?.(ctx, isCorporate ? 1 : 0) ?? t.vatScheme;
    if (scheme !== t.vatScheme) {
      const quoteId = t.devices[0]?.quoteId ?? '';
      throw E.B090083({ id: quoteId, tradeInType: t.isCorporate ? 1 : 0, isCorporate: String(isCorporate), expected: isCorporate ? 1 : 0 });
    }
  }
  const top = { clientFirstName: patch.clientFirstName, clientLastName: patch.clientLastName, organizationName: patch.organizationName };
  const named = mergeNames(await loadNameFieldIds(env, ctx, isCorporate), sent, top, true);
  for (const key of NAME_KEYS) if (named.names[key] !== null) patch[key] = named.names[key]!;
  const fields = named.values;
  let merged: DataFieldValue[] | null = null;
  if (fields.length > 0 || patch.isCorporate !== undefined) {
    const byId = new Map(t.customDataFields.map((f) => [f.DataFieldId, f]));
    for (const f of fields) byId.set(f.DataFieldId, f);
    merged = [...byId.values()];
    await env.port('datafields').validateForTradeIn(ctx, { values: merged, isCorporate, campaignId: t.campaignId, mode: 'update', excludeTradeInId: id });
  }
  const now = ctx.clock.now();
  await inRegistrationTx(ctx, async (tx) => {
    if (!(await tradeIns.updateTradeIn(tx, id, { ...patch, ...(merged ? { customDataFields: merged } : {}) }, now, kind))) {
      if (kind === 'temporary') assertTempOpen((await tradeIns.findTradeIn(tx, id, kind))!, now);
      throw E.B090001();
    }
    // Temporary trade-ins record data-field uses only when confirmed.
    if (merged && kind === 'final') await env.port('datafields').recordUses(tx, id, merged);
  });
  return findVisible(ctx, id, kind);
}
