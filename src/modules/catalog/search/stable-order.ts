import type { CatalogVariant } from '../catalog.types.js';

/**
 * Stable order of equal matches and of browsing: newest release first (unknown last), then
 * model family name, storage ascending, product name, id.
 */
export function compareStable(a: CatalogVariant, b: CatalogVariant): number {
  const ra = a.releaseDate ?? '';
  const rb = b.releaseDate ?? '';
  if (ra !== rb) return ra < rb ? 1 : -1;
  const ia = a.itemName.toLowerCase();
  const ib = b.itemName.toLowerCase();
  if (ia !== ib) return ia < ib ? -1 : 1;
  const sa = a.storageGb ?? -1;
  const sb = b.storageGb ?? -1;
  if (sa !== sb) return sa - sb;
  const na = a.productName.toLowerCase();
  const nb = b.productName.toLowerCase();
  if (na !== nb) return na < nb ? -1 : 1;
  return a.id - b.id;
}
