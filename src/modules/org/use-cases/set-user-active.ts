import type { Ctx } from '../../../platform/context.js';
import type { ApiKeyService } from '../apikey.service.js';
import type { AuthService } from '../auth.service.js';
import { OrgErrors } from '../org.errors.js';
import { userRepository, type UserRecord } from '../user.repository.js';

/**
 * Activates or deactivates a user. Deactivation takes effect at once everywhere: the user's
 * sessions are revoked and every process drops its cached API-key authentications (CacheBus), so
 * a key bound to the user is refused on its next request (the key lookup requires an active user).
 * @throws N010001 when the tenant has no such user.
 */
export async function setUserActive(deps: { apiKeys: ApiKeyService; auth: AuthService }, ctx: Ctx, userId: number, active: boolean): Promise<UserRecord> {
  if (!Number.isSafeInteger(userId) || !(await userRepository.setActive(ctx, userId, active))) throw OrgErrors.N010001({ id: userId });
  if (!active) await deps.auth.revokeAll(ctx, userId);
  await deps.apiKeys.invalidate(ctx);
  return (await userRepository.findById(ctx, userId))!;
}
