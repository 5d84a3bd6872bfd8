import type { Ctx } from '../../../platform/context.js';
import { enqueueOutbox } from '../../../platform/outbox/index.js';
import { devicesRepository as devices } from '../repositories/devices.repository.js';
import { tradeInsRepository as tradeIns } from '../repositories/trade-ins.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { TradeIn } from '../tradeins.types.js';
import { assertTempOpen, findVisible } from './access.js';
import type { TradeinsEnv } from './env.js';
import { checkCampaign, checkDiligence, checkIdentifiersFree, loadFacts, loadReports, type CheckedDevice } from './registration-checks.js';
import { inRegistrationTx } from './registration-tx.js';

/**
 * Re-validates a temporary trade-in with the rules of registration (campaign window,
 * identifier state, due diligence, data fields, TradeInRef) and turns it into a registered one:
 * the devices keep their ids and quotes (claimed at temporary registration).
 */
export async function confirmTemporary(env: TradeinsEnv, ctx: Ctx, tempId: number): Promise<TradeIn> {
  const temp = await findVisible(ctx, tempId, 'temporary');
  const now = ctx.clock.now();
  assertTempOpen(temp, now);
  const open = temp.devices.filter((d) => d.status === 'Temporary');
  if (open.length === 0) throw E.B090040({ id: tempId });
  const facts = await loadFacts(env, ctx, {
    kind: 'final',
    ref: temp.tradeInRef,
    devices: open.map((d) => ({ quoteId: d.quoteId, identifier: d.deviceIdentifier })),
    exceptTradeInId: tempId,
    reserveIds: false,
  });
  if (facts.refTaken) throw E.B090062();
  const checked: CheckedDevice[] = open.map((d, i) => {
    const quote = facts.quotes[i];
    if (!quote) throw E.N090003({ id: d.quoteId });
    // Claimed at temporary registration by this very device.
    if (quote.usedByDeviceId !== null && quote.usedByDeviceId !== d.id) throw E.B090030({ id: quote.id });
    return { identifier: d.deviceIdentifier, quote, position: d.position };
  });
  // The quotes were claimed at temporary registration; their campaign must still be running.
  await checkCampaign(env, ctx, checked, now);
  checkIdentifiersFree(facts.blocking);
  checkDiligence(ctx, checked, await loadReports(env, ctx, checked));
  await env
    .port('datafields')
    .validateForTradeIn(ctx, { values: temp.customDataFields, isCorporate: temp.isCorporate, campaignId: temp.campaignId, mode: 'register' });
  const finalId = await inRegistrationTx(ctx, async (tx) => {
    const id = await tradeIns.insertTradeIn(tx, {
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
    if (!(await tradeIns.setTradeInStatus(tx, tempId, 'Temporary', 'Confirmed', now, { confirmedTradeInId: id, requireUnexpired: true }))) {
      assertTempOpen((await tradeIns.findTradeIn(tx, tempId, 'temporary'))!, now);
      throw E.B090041({ id: tempId });
    }
    const moved = await devices.transitionDevices(tx, { tradeInId: tempId, from: ['Temporary'] }, 'Registered', now, { moveToTradeInId: id });
    if (moved.length !== open.length) throw E.B090041({ id: tempId });
    await env.port('datafields').recordUses(tx, id, temp.customDataFields);
    await enqueueOutbox(tx.db, {
      availableAt: ctx.clock.now(),
      tenantId: ctx.tenant.id,
      topic: 'tradeins.registered',
      payload: { tradeInId: id, tempTradeInId: tempId, source: temp.source },
      dedupeKey: `tradein-registered:${id}`,
    });
    return id;
  });
  return findVisible(ctx, finalId, 'final');
}
