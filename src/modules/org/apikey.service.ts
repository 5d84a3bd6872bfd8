import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import type { CacheBus } from '../../platform/cache/index.js';
import { randomToken, sha256 } from '../../platform/ids/index.js';
import { OrgErrors } from './org.errors.js';
import { apiKeyRepository, type ApiKeyRecord } from './apikey.repository.js';
import { userRepository } from './user.repository.js';
import { locationRepository } from './location.repository.js';

const CACHE_TTL_MS = 30_000;

/**
 * API keys: 32 random bytes shown once, stored as a SHA-256 hash, bound to a tenant, a default
 * user and a default location. Authentication is cached in memory (hot path of every retail
 * call) and invalidated across processes on revocation.
 */
export class ApiKeyService {
  private readonly cache = new Map<string, { at: number; key: ApiKeyRecord | null }>();

  constructor(
    private readonly db: Queryable,
    private readonly bus: CacheBus,
  ) {
    bus.on('apikeys', () => this.cache.clear());
  }

  async create(
    ctx: Ctx,
    input: { userId: number; locationId?: number | null; name?: string },
  ): Promise<{ key: string; record: ApiKeyRecord }> {
    const user = await userRepository.findById(ctx, input.userId);
    if (!user) throw OrgErrors.N010001({ id: input.userId });
    if (input.locationId != null && !(await locationRepository.findById(ctx, input.locationId))) {
      throw OrgErrors.N010002({ id: input.locationId });
    }
    const secret = `tik_${randomToken(32)}`;
    const record = await apiKeyRepository.insert(ctx, {
      keyHash: sha256(secret),
      prefix: secret.slice(0, 10),
      name: input.name ?? '',
      userId: user.id,
      locationId: input.locationId ?? null,
    });
    return { key: secret, record };
  }

  async revoke(ctx: Ctx, id: number): Promise<boolean> {
    const done = await apiKeyRepository.revoke(ctx, id, ctx.clock.now());
    await this.bus.invalidate(ctx.db, 'apikeys', ctx.tenant.id);
    return done;
  }

  list(ctx: Ctx): Promise<ApiKeyRecord[]> {
    return apiKeyRepository.list(ctx);
  }

  /** The active key for a presented secret, or null. */
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
