import type { Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { labelLink } from '../links.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo } from '../logistics.repository.js';

export interface StoredLabel {
  bytes: Buffer;
  contentType: 'application/pdf' | 'text/plain';
  fileName: string;
}

/** The shipment's current label (DownloadShipmentLabel): N250001, B250003 (other location), B250004, N250006. */
export async function downloadLabel(
  deps: LogisticsDeps,
  ctx: Ctx,
  shipmentId: number,
  opts: { locationId?: number | null; labelKey?: string | null } = {},
): Promise<StoredLabel> {
  const s = shipmentId ? await repo.findShipment(ctx, shipmentId) : null;
  if (!s) throw E.N250001({ id: shipmentId });
  if (opts.locationId && s.locationId !== null && opts.locationId !== s.locationId) throw E.B250003({ id: s.id });
  if (s.status === 'Cancelled') throw E.B250004({ id: s.id });
  if (!s.labelKey || (opts.labelKey && opts.labelKey !== s.labelKey)) throw E.N250006({ id: s.id });
  const bytes = await deps.storage.get(s.labelKey);
  if (!bytes) throw E.N250006({ id: s.id });
  const pdf = s.labelKey.endsWith('.pdf');
  return { bytes, contentType: pdf ? 'application/pdf' : 'text/plain', fileName: `shipment-${s.id}-label.${pdf ? 'pdf' : 'txt'}` };
}

/** A fresh signed DownloadUrl of the current label. */
export async function labelDownloadUrl(deps: LogisticsDeps, ctx: Ctx, shipmentId: number): Promise<{ url: string; expiresAt: Date }> {
  const s = shipmentId ? await repo.findShipment(ctx, shipmentId) : null;
  if (!s) throw E.N250001({ id: shipmentId });
  if (s.status === 'Cancelled') throw E.B250004({ id: s.id });
  if (!s.labelKey) throw E.N250006({ id: s.id });
  return labelLink(deps, ctx, s.id, s.labelKey);
}
