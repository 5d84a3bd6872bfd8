import { z } from 'zod';
import type { Ctx, TenantRef } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import { randomToken, sha256 } from '../../platform/ids/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { OrgErrors } from './org.errors.js';
import { SessionSettings } from './org.settings.js';
import { verifyPassword } from './password.js';
import { loginAttemptRepository, sessionRepository, type SessionRecord } from './session.repository.js';
import { userRepository, type UserRecord } from './user.repository.js';
import { userService, MIN_PASSWORD_LENGTH } from './user.service.js';

export const RegisterInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  first_name: z.string().trim().max(100).default(''),
  last_name: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(40).nullish(),
});
export const LoginInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});

/** Failed logins allowed per window before the account or the address is throttled. */
export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 30 };

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  cookieName: string;
  user: UserRecord;
}

export interface ResolvedSession {
  session: SessionRecord;
  user: UserRecord;
}

/** Customer and staff sign-in with database-backed sessions (seed 001 auth). */
export class AuthService {
  constructor(private readonly clock: Clock) {}

  cookieName(tenant: TenantRef): string {
    return SessionSettings.read(tenant).cookieName;
  }

  async register(
    ctx: Ctx,
    raw: z.input<typeof RegisterInput>,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<IssuedSession> {
    const input = RegisterInput.parse(raw);
    const user = await userService.create(ctx, {
      email: input.email,
      password: input.password,
      role: 'customer',
      firstName: input.first_name,
      lastName: input.last_name,
      phone: input.phone ?? null,
      locale: ctx.locale,
    });
    return this.issue(ctx, user, client);
  }

  async login(
    ctx: Ctx,
    raw: z.input<typeof LoginInput>,
    client: { ip: string | null; userAgent: string | null; previousToken?: string },
  ): Promise<IssuedSession> {
    const input = LoginInput.parse(raw);
    const now = this.clock.now();
    const accountBucket = `account:${input.email.trim().toLowerCase()}`;
    const addressBucket = `address:${client.ip ?? 'unknown'}`;
    await this.checkThrottle(ctx, accountBucket, THROTTLE.perAccount, now);
    await this.checkThrottle(ctx, addressBucket, THROTTLE.perAddress, now);

    const found = await userRepository.findByEmail(ctx, input.email.trim());
    const ok = await verifyPassword(input.password, found?.passwordHash ?? null);
    if (!found || !ok) {
      await loginAttemptRepository.recordFailure(ctx.db, ctx.tenant.id, accountBucket, now, THROTTLE.windowMs);
      await loginAttemptRepository.recordFailure(ctx.db, ctx.tenant.id, addressBucket, now, THROTTLE.windowMs);
      throw PlatformErrors.U000003();
    }
    if (!found.isActive) throw OrgErrors.F010001();
    await loginAttemptRepository.clear(ctx.db, ctx.tenant.id, accountBucket);
    // Rotate: the session the browser had before signing in is revoked (session fixation).
    if (client.previousToken) await sessionRepository.revoke(ctx.db, ctx.tenant.id, sha256(client.previousToken), now);
    await userRepository.touchLogin(ctx, found.id, now);
    const { passwordHash: _omit, ...user } = found;
    return this.issue(ctx, user, client);
  }

  async logout(ctx: Ctx, token: string): Promise<void> {
    await sessionRepository.revoke(ctx.db, ctx.tenant.id, sha256(token), this.clock.now());
  }

  /** Revokes every session of a user (password change, deactivation). */
  async revokeAll(ctx: Ctx, userId: number): Promise<number> {
    return sessionRepository.revokeAllForUser(ctx.db, ctx.tenant.id, userId, this.clock.now());
  }

  /** The session and user behind a cookie value, within one tenant only. */
  async resolve(q: Queryable, tenant: TenantRef, token: string): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const session = await sessionRepository.findActive(q, tenant.id, sha256(token), this.clock.now());
    if (!session) return null;
    const user = await userRepository.findById({ db: q, tenant }, session.userId);
    if (!user || !user.isActive) return null;
    return { session, user };
  }

  private async issue(ctx: Ctx, user: UserRecord, client: { ip: string | null; userAgent: string | null }): Promise<IssuedSession> {
    const settings = SessionSettings.read(ctx.tenant);
    const token = randomToken(32);
    const csrfToken = randomToken(24);
    const expiresAt = new Date(this.clock.now().getTime() + settings.ttlHours * 3_600_000);
    await sessionRepository.insert(ctx.db, {
      tenantId: ctx.tenant.id,
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, csrfToken, expiresAt, cookieName: settings.cookieName, user };
  }

  private async checkThrottle(ctx: Ctx, bucket: string, limit: number, now: Date): Promise<void> {
    const state = await loginAttemptRepository.get(ctx.db, ctx.tenant.id, bucket);
    if (!state) return;
    const windowEnds = state.windowStart.getTime() + THROTTLE.windowMs;
    if (state.failures >= limit && windowEnds > now.getTime()) {
      throw PlatformErrors.R000001({ seconds: Math.ceil((windowEnds - now.getTime()) / 1000) });
    }
  }
}
