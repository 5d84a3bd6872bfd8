import { withTransaction, type Ctx } from '../../../platform/context.js';
import { FacilitySettings } from '../facility.settings.js';
import { facilityRepository as repo } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { emit } from './shared.js';

/**
 * Marks devices Missing that were shipped more than the tenant's `missingAfterDays` ago and
 * never received; each gets one discrepancy record. Run by the CLI, the admin API or a
 * scheduler; repeated runs change nothing more.
 */
export async function sweepMissing(deps: FacilityDeps, ctx: Ctx): Promise<{ missing: number[] }> {
  const days = FacilitySettings.read(ctx.tenant).missingAfterDays;
  const now = ctx.clock.now();
  const cutoff = now.getTime() - days * 86_400_000;
  const missing: number[] = [];
  // Read the whole list first: moving devices out of Shipped would shift the pages.
  const shippedDevices = [];
  for (let page = 1; ; page++) {
    const { rows } = await deps.tradeins.listDevices(ctx, { status: 'Shipped', page, pageSize: 200 });
    shippedDevices.push(...rows);
    if (rows.length < 200) break;
  }
  {
    for (const d of shippedDevices) {
      const history = await deps.tradeins.deviceHistory(ctx, d.id);
      const shipped = [...history].reverse().find((e) => e.toStatus === 'Shipped');
      if (!shipped || shipped.createdAt.getTime() > cutoff) continue;
      const moved = await withTransaction(ctx, async (tx) => {
        if (
          !(await deps.tradeins.transitionDevice(tx, d.id, 'Missing', {
            from: ['Shipped'],
            source: 'facility',
            note: `not received ${days} days after shipping`,
          }))
        )
          return false;
        await repo.insertDiscrepancy(tx, {
          kind: 'missing',
          deviceId: d.id,
          identifier: d.deviceIdentifier,
          packageCode: null,
          locationId: null,
          status: 'open',
          photoIds: [],
          note: null,
          data: { shippedAt: shipped.createdAt.toISOString(), deadlineDays: days },
          userId: null,
          now,
        });
        await emit(tx, 'device.missing', { deviceId: d.id, tradeInId: d.tradeInId, shippedAt: shipped.createdAt.toISOString() }, `${d.id}`);
        return true;
      });
      if (moved) missing.push(d.id);
    }
  }
  return { missing };
}
