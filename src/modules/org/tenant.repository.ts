import type { Queryable } from '../../platform/db/index.js';
import type { TenantRef } from '../../platform/context.js';

interface TenantRow {
  id: number;
  slug: string;
  name: string;
  currency: string;
  default_locale: string;
  locales: string[];
  settings: Record<string, unknown>;
  is_active: boolean;
}

export interface TenantRecord extends TenantRef {
  isActive: boolean;
}

const COLUMNS = 'id, slug, name, currency, default_locale, locales, settings, is_active';

function map(r: TenantRow): TenantRecord {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    currency: r.currency.trim(),
    defaultLocale: r.default_locale,
    locales: r.locales,
    settings: r.settings ?? {},
    isActive: r.is_active,
  };
}

/** Tenants are the root of tenancy: the only table read without a tenant filter. */
export const tenantRepository = {
  async findBySlug(q: Queryable, slug: string): Promise<TenantRecord | null> {
    const rows = await q.query<TenantRow>(`SELECT ${COLUMNS} FROM tenants WHERE slug = $1`, [slug]);
    return rows[0] ? map(rows[0]) : null;
  },
  async findById(q: Queryable, id: number): Promise<TenantRecord | null> {
    const rows = await q.query<TenantRow>(`SELECT ${COLUMNS} FROM tenants WHERE id = $1`, [id]);
    return rows[0] ? map(rows[0]) : null;
  },
  async findByHost(q: Queryable, host: string): Promise<TenantRecord | null> {
    const rows = await q.query<TenantRow>(
      `SELECT ${COLUMNS.split(', ')
        .map((c) => `t.${c}`)
        .join(', ')} FROM tenant_hosts h JOIN tenants t ON t.id = h.tenant_id WHERE h.host = $1`,
      [host],
    );
    return rows[0] ? map(rows[0]) : null;
  },
  async list(q: Queryable): Promise<TenantRecord[]> {
    const rows = await q.query<TenantRow>(`SELECT ${COLUMNS} FROM tenants ORDER BY id`);
    return rows.map(map);
  },
  async insert(
    q: Queryable,
    t: { slug: string; name: string; currency: string; defaultLocale: string; locales: string[]; settings: Record<string, unknown> },
  ): Promise<TenantRecord> {
    const rows = await q.query<TenantRow>(
      `INSERT INTO tenants (slug, name, currency, default_locale, locales, settings)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [t.slug, t.name, t.currency, t.defaultLocale, t.locales, JSON.stringify(t.settings)],
    );
    return map(rows[0]);
  },
  async updateSettings(q: Queryable, id: number, settings: Record<string, unknown>): Promise<void> {
    await q.query('UPDATE tenants SET settings = $2 WHERE id = $1', [id, JSON.stringify(settings)]);
  },
  async addHost(q: Queryable, tenantId: number, host: string): Promise<void> {
    await q.query('INSERT INTO tenant_hosts (host, tenant_id) VALUES ($1, $2) ON CONFLICT (host) DO UPDATE SET tenant_id = EXCLUDED.tenant_id', [
      host.toLowerCase(),
      tenantId,
    ]);
  },
};
