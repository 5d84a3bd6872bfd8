import { z } from 'zod';
import type { Queryable } from '../../platform/db/index.js';
import type { CacheBus } from '../../platform/cache/index.js';
import { SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { validateSettings } from '../../platform/settings.js';
import { sqlState, UNIQUE_VIOLATION } from '../../platform/db/index.js';
import { OrgErrors } from './org.errors.js';
import { tenantRepository, type TenantRecord } from './tenant.repository.js';
import { restoreRedacted } from './settings-redaction.js';

/**
 * Slugs that would collide with routes or well-known paths: `/api/{tenant}/…` must never be
 * ambiguous with `/api/v2/…`, `/api/admin`, `/docs` and the like.
 */
export const RESERVED_SLUGS = new Set([
  'v1',
  'v2',
  'v3',
  'api',
  'admin',
  'docs',
  'doc',
  'openapi',
  'openapi.json',
  'swagger',
  'healthz',
  'readyz',
  'metrics',
  'auth',
  'users',
  'orders',
  'static',
  'assets',
  'public',
  'files',
  'store',
  'www',
  'app',
  'login',
  'logout',
  'system',
  'root',
  'retail',
  'storefront',
  'upgrade',
  'health',
  'status',
  'null',
  'undefined',
]);

export const CreateTenantInput = z.object({
  slug: z.string(),
  name: z.string().trim().min(1).max(200),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((c) => c.toUpperCase())
    .default('EUR'),
  defaultLocale: z.enum(SUPPORTED_LOCALES).default('en'),
  locales: z.array(z.enum(SUPPORTED_LOCALES)).min(1).optional(),
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type CreateTenantInput = z.input<typeof CreateTenantInput>;

export function checkSlug(slug: string): void {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(slug)) {
    throw OrgErrors.B010001({ slug, reason: 'use 1–40 lowercase letters, digits and inner hyphens' });
  }
  if (RESERVED_SLUGS.has(slug)) throw OrgErrors.B010001({ slug, reason: 'it is reserved for a route' });
}

const CACHE_TTL_MS = 30_000;

/** Tenants: creation rules and a cross-process-invalidated cache for per-request lookups. */
export class TenantService {
  private readonly bySlug = new Map<string, { at: number; tenant: TenantRecord | null }>();
  private readonly byHost = new Map<string, { at: number; tenant: TenantRecord | null }>();
  private readonly byId = new Map<number, { at: number; tenant: TenantRecord | null }>();

  constructor(
    private readonly db: Queryable,
    private readonly cache: CacheBus,
  ) {
    cache.on('tenants', () => {
      this.bySlug.clear();
      this.byHost.clear();
      this.byId.clear();
    });
  }

  async create(q: Queryable, raw: CreateTenantInput): Promise<TenantRecord> {
    const input = CreateTenantInput.parse(raw);
    checkSlug(input.slug);
    const problems = validateSettings(input.settings);
    if (problems.length) throw OrgErrors.B010004({ problems: problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
    const locales = input.locales ?? [...new Set([input.defaultLocale, 'en'])];
    try {
      const tenant = await tenantRepository.insert(q, {
        slug: input.slug,
        name: input.name,
        currency: input.currency,
        defaultLocale: input.defaultLocale,
        locales,
        settings: input.settings,
      });
      await this.cache.invalidate(q, 'tenants', null);
      return tenant;
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) throw OrgErrors.B010002({ slug: input.slug });
      throw err;
    }
  }

  async updateSettings(q: Queryable, tenant: TenantRecord, patch: Record<string, unknown>): Promise<TenantRecord> {
    const settings: Record<string, unknown> = { ...tenant.settings };
    for (const [section, value] of Object.entries(patch)) settings[section] = restoreRedacted(value, tenant.settings[section]);
    const problems = validateSettings(settings);
    if (problems.length) throw OrgErrors.B010004({ problems: problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
    await tenantRepository.updateSettings(q, tenant.id, settings);
    await this.cache.invalidate(q, 'tenants', tenant.id);
    return { ...tenant, settings };
  }

  async addHost(q: Queryable, tenant: TenantRecord, host: string): Promise<void> {
    await tenantRepository.addHost(q, tenant.id, host);
    await this.cache.invalidate(q, 'tenants', tenant.id);
  }

  /** Active tenant by slug, cached briefly and invalidated across processes. */
  async findBySlug(slug: string): Promise<TenantRecord | null> {
    const hit = this.bySlug.get(slug);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.tenant;
    const t = await tenantRepository.findBySlug(this.db, slug);
    const tenant = t && t.isActive ? t : null;
    this.bySlug.set(slug, { at: Date.now(), tenant });
    return tenant;
  }

  async findByHost(host: string): Promise<TenantRecord | null> {
    const key = host.toLowerCase().replace(/:\d+$/, '');
    const hit = this.byHost.get(key);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.tenant;
    const t = await tenantRepository.findByHost(this.db, key);
    const tenant = t && t.isActive ? t : null;
    this.byHost.set(key, { at: Date.now(), tenant });
    return tenant;
  }

  /** Active tenant by id (API keys name their tenant by id), cached like {@link findBySlug}. */
  async findActiveById(id: number): Promise<TenantRecord | null> {
    const hit = this.byId.get(id);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.tenant;
    const t = await tenantRepository.findById(this.db, id);
    const tenant = t && t.isActive ? t : null;
    this.byId.set(id, { at: Date.now(), tenant });
    return tenant;
  }

  findById(q: Queryable, id: number): Promise<TenantRecord | null> {
    return tenantRepository.findById(q, id);
  }

  list(q: Queryable): Promise<TenantRecord[]> {
    return tenantRepository.list(q);
  }
}
