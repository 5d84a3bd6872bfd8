import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import type { CacheBus } from '../../platform/cache/index.js';
import { randomToken, sha256 } from '../../platform/ids/index.js';
import { OrgErrors } from './org.errors.js';
import { apiKeyRepository, type ApiKeyRecord, type ApiKeyScope } from './apikey.repository.js';
import { userRepository, type UserRecord } from './user.repository.js';
import { locationRepository } from './location.repository.js';
import { userService } from './user.service.js';

/** What `tradein apikey create` (and the admin API) asks for; the user defaults to a service user of the key. */
export interface IssueKeyInput {
  scope: ApiKeyScope;
  /** Staff user the key acts as (AgentId default); omitted: a new service user of its own. */
  userEmail?: string;
  /** Default location; omitted: the user's first location, else the tenant's first, else none. */
  locationId?: number | null;
  name?: string;
  /** Publishable keys: the shop origins allowed to call with it. */
  origins?: string[];
}

/** `https://host[:port]`, or `http://` for localhost; returns the canonical origin or throws B010023. */
export function normalizeOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw OrgErrors.B010023({ origin: raw });
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username;
  if (!bare || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) throw OrgErrors.B010023({ origin: raw });
  return url.origin;
}

const CACHE_TTL_MS = 30_000;

/**
 * API keys: 32 random bytes shown once, stored as a SHA-256 hash, bound to a tenant, a scope
 * (`retail`: the seed 003 API; `admin`: the admin API), a default staff user and a default
 * location. Authentication is cached in memory (hot path of every retail call) and invalidated
 * across processes on revocation and when the key's user is deactivated.
 */
export class ApiKeyService {
  private readonly cache = new Map<string, { at: number; key: ApiKeyRecord | null }>();
  private origins: { at: number; set: Set<string> } | null = null;

  constructor(
    private readonly db: Queryable,
    private readonly bus: CacheBus,
  ) {
    bus.on('apikeys', () => {
      this.cache.clear();
      this.origins = null;
    });
  }

  /**
   * A key for a staff user. `scope` defaults to `retail`. A customer cannot own a key (B010020);
   * an `admin` key needs an admin user (B010021).
   */
  async create(
    ctx: Ctx,
    input: { userId: number; locationId?: number | null; name?: string; scope?: ApiKeyScope; origins?: string[] },
  ): Promise<{ key: string; record: ApiKeyRecord }> {
    const user = await userRepository.findById(ctx, input.userId);
    if (!user) throw OrgErrors.N010001({ id: input.userId });
    const scope = input.scope ?? 'retail';
    if (user.role === 'customer') throw OrgErrors.B010020({ id: user.email });
    if (scope === 'admin' && user.role !== 'admin') throw OrgErrors.B010021({ id: user.email });
    if (input.locationId != null && !(await locationRepository.findById(ctx, input.locationId))) {
      throw OrgErrors.N010002({ id: input.locationId });
    }
    const allowedOrigins = [...new Set((input.origins ?? []).map(normalizeOrigin))];
    if (scope === 'publishable' && allowedOrigins.length === 0) throw OrgErrors.B010022();
    // Publishable keys sit in web pages: a prefix that says so, so nobody mistakes one for a secret.
    const secret = `${scope === 'publishable' ? 'pk_' : 'tik_'}${randomToken(32)}`;
    const record = await apiKeyRepository.insert(ctx, {
      keyHash: sha256(secret),
      prefix: secret.slice(0, 10),
      name: input.name ?? '',
      userId: user.id,
      locationId: input.locationId ?? null,
      scope,
      allowedOrigins: scope === 'publishable' ? allowedOrigins : [],
    });
    if (scope === 'publishable') await this.bus.invalidate(ctx.db, 'apikeys', ctx.tenant.id);
    return { key: secret, record };
  }

  /**
   * `tradein apikey create`: the named user (N010001 with the email when missing), else a service
   * user of the key's own (role agent for `retail`, admin for `admin`, no password: it cannot sign
   * in), so a key can be made for a tenant that has no users yet.
   */
  async issue(ctx: Ctx, input: IssueKeyInput): Promise<{ key: string; record: ApiKeyRecord; user: UserRecord; serviceUser: boolean }> {
    let user: UserRecord | null;
    let serviceUser = false;
    if (input.userEmail) {
      user = await userService.findByEmail(ctx, input.userEmail);
      if (!user) throw OrgErrors.N010001({ id: input.userEmail });
    } else {
      const tag =
        randomToken(6)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '') || 'key';
      user = await userService.create(ctx, {
        email: `${input.scope}-key-${tag}@${ctx.tenant.slug}.service.tradein.local`,
        role: input.scope === 'admin' ? 'admin' : 'agent',
        firstName: { admin: 'Admin API', retail: 'Retail API', publishable: 'Price check' }[input.scope],
        lastName: input.name ?? 'key',
        locationIds: input.locationId ? [input.locationId] : [],
      });
      serviceUser = true;
    }
    const locationId = input.locationId ?? user.locationIds[0] ?? (await locationRepository.list(ctx))[0]?.id ?? null;
    const { key, record } = await this.create(ctx, { userId: user.id, locationId, name: input.name, scope: input.scope, origins: input.origins });
    return { key, record, user, serviceUser };
  }

  /** Drops every process's cached authentications of the tenant (a key's user changed). */
  async invalidate(ctx: Ctx): Promise<void> {
    await this.bus.invalidate(ctx.db, 'apikeys', ctx.tenant.id);
  }

  async revoke(ctx: Ctx, id: number): Promise<boolean> {
    const done = await apiKeyRepository.revoke(ctx, id, ctx.clock.now());
    await this.bus.invalidate(ctx.db, 'apikeys', ctx.tenant.id);
    return done;
  }

  list(ctx: Ctx): Promise<ApiKeyRecord[]> {
    return apiKeyRepository.list(ctx);
  }

  /** Whether some active publishable key lists this origin (answers CORS preflights, cached). */
  async isPublishableOrigin(origin: string): Promise<boolean> {
    if (!this.origins || Date.now() - this.origins.at > CACHE_TTL_MS) {
      this.origins = { at: Date.now(), set: new Set(await apiKeyRepository.publishableOrigins(this.db)) };
    }
    return this.origins.set.has(origin);
  }

  /** The active key (not revoked, its user active staff) for a presented secret, or null. */
  async authenticate(secret: string): Promise<ApiKeyRecord | null> {
    if (!secret || secret.length > 200) return null;
    const hash = sha256(secret);
    const hit = this.cache.get(hash);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.key;
    const key = await apiKeyRepository.findActiveByHash(this.db, hash);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { at: Date.now(), key });
    return key;
  }
}
