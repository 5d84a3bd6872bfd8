/**
 * Catalog: item groups, manufacturers, model families (items) and variants, device
 * identification (IMEI/TAC, Apple serials), search, tenant products, import/export.
 */
import { CatalogService } from './catalog.service.js';

export type { CatalogVariant, ItemGroup, Manufacturer, IdentifierKind, WorkingPriceSource } from './catalog.types.js';
export { syncReferenceCatalog, CATALOG_DATA_DIR } from './reference-catalog.js';
export { CatalogService };

export type CatalogModule = CatalogService;

export function createCatalogModule(): CatalogModule {
  return new CatalogService();
}
