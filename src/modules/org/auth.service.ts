import { z } from 'zod';
import type { Ctx, TenantRef } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import { randomToken, sha256 } from '../../platform/ids/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { OrgErrors } from './org.errors.js';
import { SessionSettings } from './org.settings.js';
import { hashPassword, verifyPassword } from './password.js';
import { loginAttemptRepository, sessionRepository, type SessionRecord, type ThrottlePolicy } from './session.repository.js';
import { userRepository, type UserRecord } from './user.repository.js';
import { enforcePasswordPolicy, userService, MIN_PASSWORD_LENGTH } from './user.service.js';

export const RegisterInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  first_name: z.string().trim().max(100).default(''),
  last_name: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(40).nullish(),
});
export const ChangePasswordInput = z.object({
  current_password: z.string().min(1).max(200),
  new_password: z.string().min(1).max(200),
});
export const LoginInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});

const MINUTE = 60_000;
/**
 * Login throttle (issue 18): every attempt is counted before the password is checked, in three
 * buckets. None of them locks an account: a bucket that reaches its limit is blocked for a time
 * that doubles with each further failure (1 s, 2 s, 4 s … at most 15 min), and an hour without
 * attempts resets it.
 * - `accountAddress`: one account from one address (the common guessing case).
 * - `address`: every account from one address (credential stuffing).
 * - `account`: one account from addresses it never signed in from (distributed guessing); the
 *   owner's own known addresses are exempt, so nobody can lock a customer out.
 */
export const THROTTLE = {
  accountAddress: { limit: 5, baseMs: 1000, maxMs: 15 * MINUTE, quietMs: 60 * MINUTE },
  address: { limit: 30, baseMs: 1000, maxMs: 15 * MINUTE, quietMs: 60 * MINUTE },
  account: { limit: 100, baseMs: 1000, maxMs: 15 * MINUTE, quietMs: 60 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

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

  async register(ctx: Ctx, raw: z.input<typeof RegisterInput>, client: { ip: string | null; userAgent: string | null }): Promise<IssuedSession> {
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
    const email = input.email.trim().toLowerCase();
    const ip = client.ip ?? 'unknown';
    const addressBucket = `address:${ip}`;
    const pairBucket = `account-address:${email}|${ip}`;
    const accountBucket = `account:${email}`;
    await this.count(ctx, addressBucket, THROTTLE.address, now);
    await this.count(ctx, pairBucket, THROTTLE.accountAddress, now);

    const found = await userRepository.findByEmail(ctx, input.email.trim());
    const knownAddress = found !== null && client.ip !== null && (await sessionRepository.hasSignedInFrom(ctx.db, ctx.tenant.id, found.id, client.ip));
    if (!knownAddress) await this.count(ctx, accountBucket, THROTTLE.account, now);
    const ok = await verifyPassword(input.password, found?.passwordHash ?? null);
    if (!found || !ok) throw PlatformErrors.U000003();
    // The attempt was counted before the check; a success takes it back.
    await loginAttemptRepository.clear(ctx.db, ctx.tenant.id, pairBucket);
    await loginAttemptRepository.release(ctx.db, ctx.tenant.id, addressBucket, THROTTLE.address.limit);
    if (!knownAddress) await loginAttemptRepository.release(ctx.db, ctx.tenant.id, accountBucket, THROTTLE.account.limit);
    if (!found.isActive) throw OrgErrors.F010001();
    // Rotate: the session the browser had before signing in is revoked (session fixation).
    if (client.previousToken) await sessionRepository.revoke(ctx.db, ctx.tenant.id, sha256(client.previousToken), now);
    await userRepository.touchLogin(ctx, found.id, now);
    const { passwordHash: _omit, ...user } = found;
    return this.issue(ctx, user, client);
  }

  /**
   * Changes the signed-in user's password after checking the current one and the policy;
   * every other session of the user is revoked.
   */
  async changePassword(ctx: Ctx, user: UserRecord, raw: z.input<typeof ChangePasswordInput>, currentToken: string | null): Promise<void> {
    const input = ChangePasswordInput.parse(raw);
    if (!(await verifyPassword(input.current_password, await userRepository.passwordHash(ctx, user.id)))) throw OrgErrors.U010001();
    enforcePasswordPolicy(input.new_password, { role: user.role, email: user.email });
    await userRepository.setPasswordHash(ctx, user.id, await hashPassword(input.new_password));
    const keep = currentToken ? sha256(currentToken) : null;
    await sessionRepository.revokeAllForUser(ctx.db, ctx.tenant.id, user.id, this.clock.now(), keep);
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
    const found = await userRepository.findBySession(q, tenant.id, sha256(token), this.clock.now());
    if (!found) return null;
    const { user, session } = found;
    return { session: { ...session, tenantId: tenant.id, userId: user.id }, user };
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

  /** Counts one attempt in a bucket; 429 with the seconds to wait when the bucket is blocked. */
  private async count(ctx: Ctx, bucket: string, policy: ThrottlePolicy, now: Date): Promise<void> {
    const { throttled, blockedUntil } = await loginAttemptRepository.attempt(ctx.db, ctx.tenant.id, bucket, now, policy);
    if (throttled && blockedUntil) {
      throw PlatformErrors.R000001({ seconds: Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000)) });
    }
  }
}
