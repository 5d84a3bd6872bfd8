/**
 * Catalog: item groups, manufacturers, model families (items) and variants, device
 * identification (IMEI/TAC, Apple serials), search, tenant products, import/export.
 */
import { CatalogService } from './catalog.service.js';

export type { CatalogVariant, ItemGroup, Manufacturer, IdentifierKind, WorkingPriceSource } from './catalog.types.js';
export { syncReferenceCatalog, CATALOG_DATA_DIR } from './reference-catalog.js';
export { CatalogService };
/** IMEI (Luhn, TAC) and Apple serial helpers. */
export { isValidImei, luhnCheckDigit, imeiFromTac, imeiShape, tacOf, appleSerialShape, type AppleSerialShape } from './identifiers.js';

export type CatalogModule = CatalogService;

export function createCatalogModule(): CatalogModule {
  return new CatalogService();
}
