import { withTransaction, type Ctx } from '../../../platform/context.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo, type Discrepancy } from '../facility.repository.js';
import type { FacilityDeps, PackageView } from '../ports.js';
import { actorUserId, emit } from './shared.js';

/** A package that arrived damaged: recorded with its photos (uploaded through media first). */
export async function reportDamagedPackage(
  deps: FacilityDeps,
  ctx: Ctx,
  input: { packageCode: string; photoIds: string[]; note?: string | null; locationId?: number | null },
): Promise<Discrepancy> {
  const photos = await deps.media.findMany(ctx, input.photoIds);
  const missing = input.photoIds.find((id) => !photos.some((p) => p.id === id));
  if (missing) throw E.B400006({ id: missing });
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    await deps.media.attach(tx, input.photoIds, 'package', input.packageCode);
    const d = (await repo.insertDiscrepancy(tx, {
      kind: 'damaged_package',
      deviceId: null,
      identifier: null,
      packageCode: input.packageCode,
      locationId: input.locationId ?? tx.actor.locationId ?? null,
      status: 'open',
      photoIds: input.photoIds,
      note: input.note ?? null,
      data: {},
      userId: actorUserId(tx),
      now,
    }))!;
    await emit(tx, 'package.damaged', { packageCode: input.packageCode, discrepancyId: d.id, photoIds: input.photoIds }, `${d.id}`);
    return d;
  });
}

/** What a scanned package should hold (B400003 while logistics is not wired). */
export async function scanPackage(deps: FacilityDeps, ctx: Ctx, code: string): Promise<PackageView | null> {
  return deps.logistics.findPackageByIdentifier(ctx, code.trim());
}
