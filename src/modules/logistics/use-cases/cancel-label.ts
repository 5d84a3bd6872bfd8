import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type ShipmentRecord } from '../logistics.repository.js';
import { LogisticsSettings } from '../logistics.settings.js';
import { recordStep, SOURCE } from '../shared.js';

/**
 * CancelShipmentLabel: before hand-over only (B240004 after). The carrier booking is cancelled,
 * the shipment is Ready again, its packages Packed and its trade-in devices back to Packed.
 */
export async function cancelLabel(deps: LogisticsDeps, ctx: Ctx, shipmentId: number, source = 'api'): Promise<ShipmentRecord> {
  const s = shipmentId ? await repo.findShipment(ctx, shipmentId) : null;
  if (!s) throw E.N240001({ id: shipmentId });
  if (s.status === 'Cancelled') throw E.B240003({ id: s.id });
  if (s.status === 'Ready' || !s.externalId) throw E.B240006({ id: s.id });
  if (s.status !== 'LabelCreated') throw E.B240004({ id: s.id });
  const settings = LogisticsSettings.read(ctx.tenant);
  const carrier = deps.carriers[(s.carrier ?? 'self-print') as 'self-print' | 'nshift'] ?? deps.carriers['self-print'];
  if (carrier.name === 'nshift' && !carrier.enabled(settings)) throw E.B240007();
  try {
    await carrier.cancelLabel(s.externalId, settings);
  } catch (err) {
    throw E.I610005({ reason: (err as Error).message.slice(0, 200) });
  }
  const now = ctx.clock.now();
  const updated = await withTransaction(ctx, async (tx) => {
    if (!(await repo.transitionShipment(tx, s.id, ['LabelCreated'], 'Ready', now, null))) throw E.B240004({ id: s.id });
    await repo.setPackageStatus(tx, s.packageIds, ['Shipped'], 'Packed', now);
    const packages = await repo.findPackages(tx, s.packageIds);
    const deviceIds = packages.flatMap((p) => p.deviceIds);
    if (s.flowType === 'tradein') {
      await deps.devices.transitionDevices(tx, deviceIds, 'Packed', { from: ['Shipped'], source: SOURCE, note: 'label cancelled', data: { shipmentId: s.id } });
    }
    await recordStep(tx, s, 'LabelCancelled', 'shipment.label_cancelled', {
      source: source === 'api' ? SOURCE : source,
      data: { carrier: carrier.name, deviceIds },
    });
    return (await repo.findShipment(tx, s.id))!;
  });
  if (s.labelKey) await deps.storage.delete(s.labelKey);
  return updated;
}
