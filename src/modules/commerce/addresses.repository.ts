import type { Ctx } from '../../platform/context.js';

export type PlaceKind = 'country' | 'city' | 'township' | 'district';

/** A country, city, township or district named in an address (seed 002 nested objects). */
export interface PlaceRecord {
  id: number;
  kind: PlaceKind;
  parentId: number | null;
  name: string;
  code: string | null;
}

/** A customer's stored address with its places. */
export interface AddressRecord {
  id: number;
  userId: number;
  hashData: string;
  email: string;
  phoneNumber: string;
  firstName: string;
  lastName: string;
  country: PlaceRecord;
  city: PlaceRecord;
  township: PlaceRecord | null;
  district: PlaceRecord | null;
  line: string;
  title: string;
  postcode: string;
  notes: string | null;
  companyName: string;
  taxOffice: string;
  taxNo: string;
  eBillTaxpayer: boolean;
  identityNumber: string | null;
  isCorporate: boolean;
}

export type NewAddress = Omit<AddressRecord, 'id' | 'country' | 'city' | 'township' | 'district'> & {
  countryId: number;
  cityId: number;
  townshipId: number | null;
  districtId: number | null;
  now: Date;
};

type Row = Record<string, unknown>;

function toPlace(r: Row, prefix: string): PlaceRecord | null {
  if (r[`${prefix}_id`] === null || r[`${prefix}_id`] === undefined) return null;
  return {
    id: Number(r[`${prefix}_id`]),
    kind: prefix as PlaceKind,
    parentId: r[`${prefix}_parent`] === null ? null : Number(r[`${prefix}_parent`]),
    name: String(r[`${prefix}_name`]),
    code: (r[`${prefix}_code`] as string | null) ?? null,
  };
}

const PLACE_JOIN = (alias: string, column: string) => `LEFT JOIN commerce_places ${alias} ON ${alias}.id = a.${column} AND ${alias}.tenant_id = a.tenant_id`;
const PLACE_COLS = (alias: string, prefix: string) =>
  `${alias}.id AS ${prefix}_id, ${alias}.parent_id AS ${prefix}_parent, ${alias}.name AS ${prefix}_name, ${alias}.code AS ${prefix}_code`;

export const addressesRepository = {
  /** The pk of a place, created on first use (one row per name under its parent). */
  async place(ctx: Ctx, kind: PlaceKind, parentId: number | null, name: string, code: string | null, now: Date): Promise<number> {
    const inserted = await ctx.db.query<{ id: number }>(
      `INSERT INTO commerce_places (tenant_id, kind, parent_id, name, code, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, kind, coalesce(parent_id, 0), lower(name)) DO NOTHING RETURNING id`,
      [ctx.tenant.id, kind, parentId, name, code, now],
    );
    if (inserted[0]) return Number(inserted[0].id);
    const rows = await ctx.db.query<{ id: number }>(
      `SELECT id FROM commerce_places WHERE tenant_id = $1 AND kind = $2 AND coalesce(parent_id, 0) = coalesce($3::int, 0) AND lower(name) = lower($4)`,
      [ctx.tenant.id, kind, parentId, name],
    );
    return Number(rows[0].id);
  },

  /** Stores an address once per user and content (`hash_data`); the pk of the stored row. */
  async upsert(ctx: Ctx, a: NewAddress): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO commerce_addresses (tenant_id, user_id, hash_data, email, phone_number, first_name, last_name, country_id, city_id,
         township_id, district_id, line, title, postcode, notes, company_name, tax_office, tax_no, e_bill_taxpayer, identity_number,
         is_corporate, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
       ON CONFLICT (tenant_id, user_id, hash_data) DO UPDATE SET hash_data = EXCLUDED.hash_data RETURNING id`,
      [
        ctx.tenant.id,
        a.userId,
        a.hashData,
        a.email,
        a.phoneNumber,
        a.firstName,
        a.lastName,
        a.countryId,
        a.cityId,
        a.townshipId,
        a.districtId,
        a.line,
        a.title,
        a.postcode,
        a.notes,
        a.companyName,
        a.taxOffice,
        a.taxNo,
        a.eBillTaxpayer,
        a.identityNumber,
        a.isCorporate,
        a.now,
      ],
    );
    return Number(rows[0].id);
  },

  /** Whether `id` is one of `userId`'s addresses. */
  async isOwned(ctx: Ctx, userId: number, id: number): Promise<boolean> {
    const rows = await ctx.db.query(`SELECT 1 FROM commerce_addresses WHERE tenant_id = $1 AND user_id = $2 AND id = $3`, [ctx.tenant.id, userId, id]);
    return rows.length === 1;
  },

  /** Addresses by pk with their places. */
  async findByIds(ctx: Ctx, ids: number[]): Promise<Map<number, AddressRecord>> {
    const out = new Map<number, AddressRecord>();
    if (ids.length === 0) return out;
    const rows = await ctx.db.query<Row>(
      `SELECT a.*, ${PLACE_COLS('co', 'country')}, ${PLACE_COLS('ci', 'city')}, ${PLACE_COLS('tw', 'township')}, ${PLACE_COLS('di', 'district')}
       FROM commerce_addresses a ${PLACE_JOIN('co', 'country_id')} ${PLACE_JOIN('ci', 'city_id')} ${PLACE_JOIN('tw', 'township_id')} ${PLACE_JOIN('di', 'district_id')}
       WHERE a.tenant_id = $1 AND a.id = ANY($2::int[])`,
      [ctx.tenant.id, ids],
    );
    for (const r of rows) {
      out.set(Number(r.id), {
        id: Number(r.id),
        userId: Number(r.user_id),
        hashData: String(r.hash_data),
        email: String(r.email),
        phoneNumber: String(r.phone_number),
        firstName: String(r.first_name),
        lastName: String(r.last_name),
        country: toPlace(r, 'country')!,
        city: toPlace(r, 'city')!,
        township: toPlace(r, 'township'),
        district: toPlace(r, 'district'),
        line: String(r.line),
        title: String(r.title),
        postcode: String(r.postcode),
        notes: (r.notes as string | null) ?? null,
        companyName: String(r.company_name),
        taxOffice: String(r.tax_office),
        taxNo: String(r.tax_no),
        eBillTaxpayer: Boolean(r.e_bill_taxpayer),
        identityNumber: (r.identity_number as string | null) ?? null,
        isCorporate: Boolean(r.is_corporate),
      });
    }
    return out;
  },
};
