import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** "a|b", "a;b" or "a,b" in CSV, or an array in JSON. */
const codeList = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(/[|;,]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().trim().min(1).max(100)).max(500),
);

/**
 * One tenant product (a variant of a model family) as the admin API and `tradein catalog
 * import` take it. `key` makes re-imports idempotent; `price` (tenant base currency, major
 * units) is optional.
 */
export const ProductRowInput = z.preprocess(
  (row) =>
    row && typeof row === 'object' && !Array.isArray(row)
      ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim().toLowerCase(), emptyToUndefined(v)]))
      : row,
  z.object({
    key: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'letters, digits, ".", "_" or "-", at most 80'),
    group: z.string().trim().min(1).max(60),
    manufacturer: z.string().trim().min(1).max(100),
    item: z.string().trim().min(1).max(150),
    storage_gb: z.coerce.number().int().positive().max(1_048_576).optional(),
    product_name: z.string().trim().min(1).max(200).optional(),
    product_codes: codeList.optional(),
    model_numbers: codeList.optional(),
    release_date: z
      .string()
      .trim()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    identifier_kind: z.enum(['imei', 'serial', 'none']).optional(),
    picture_url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
    price: z.coerce.number().nonnegative().max(10_000_000).optional(),
    /** Set by `catalog export`: rows of the reference catalog are skipped on import. */
    source: z.enum(['reference', 'tenant']).optional(),
  }),
);
export type ProductRowInput = z.infer<typeof ProductRowInput>;

export const ExclusionInput = z.object({
  kind: z.enum(['item_group', 'manufacturer', 'item', 'variant']),
  id: z.number().int().positive().max(2_147_483_647),
});
export type ExclusionInput = z.infer<typeof ExclusionInput>;

export const ItemGroupInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and "-", at most 40'),
  name: z.string().trim().min(1).max(100),
  /** Translations by locale (en, tr, sv, de). */
  names: z.partialRecord(z.enum(['en', 'tr', 'sv', 'de']), z.string().trim().min(1).max(100)).optional(),
});
export type ItemGroupInput = z.infer<typeof ItemGroupInput>;
