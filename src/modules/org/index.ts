/**
 * Organisation: tenants, users and roles, locations, API keys and sessions. The public face
 * other modules and adapters use.
 */
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { UserRecord } from './user.repository.js';
import type { CacheBus } from '../../platform/cache/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { ApiKeyService } from './apikey.service.js';
import { AuthService } from './auth.service.js';
import { locationService } from './location.service.js';
import { TenantService } from './tenant.service.js';
import { userService } from './user.service.js';
import { setUserActive } from './use-cases/set-user-active.js';

export { OrgErrors } from './org.errors.js';
export { SessionSettings, BrandingSettings } from './org.settings.js';
export { redactSettings, REDACTED } from './settings-redaction.js';
export { RESERVED_SLUGS, CreateTenantInput, checkSlug } from './tenant.service.js';
export { CreateUserInput, ROLES } from './user.service.js';
export { CreateLocationInput } from './location.service.js';
export { RegisterInput, LoginInput, ChangePasswordInput, THROTTLE } from './auth.service.js';
export { PASSWORD_MIN_LENGTH, checkPassword } from './password-policy.js';
export type { TenantRecord } from './tenant.repository.js';
export type { UserRecord } from './user.repository.js';
export type { LocationRecord, Address } from './location.repository.js';
export type { ApiKeyRecord, ApiKeyScope } from './apikey.repository.js';
export { API_KEY_SCOPES } from './apikey.repository.js';
export type { IssueKeyInput } from './apikey.service.js';
export type { IssuedSession, ResolvedSession } from './auth.service.js';
export type { TenantService, ApiKeyService, AuthService };

export interface OrgModule {
  tenants: TenantService;
  users: typeof userService;
  locations: typeof locationService;
  apiKeys: ApiKeyService;
  auth: AuthService;
  /** Activates or deactivates a user; deactivation revokes sessions and refuses the user's API keys at once in every process. */
  setUserActive(ctx: Ctx, userId: number, active: boolean): Promise<UserRecord>;
}

export function createOrgModule(deps: { db: Db; cache: CacheBus; clock: Clock }): OrgModule {
  const apiKeys = new ApiKeyService(deps.db, deps.cache);
  const auth = new AuthService(deps.clock);
  return {
    tenants: new TenantService(deps.db, deps.cache),
    users: userService,
    locations: locationService,
    apiKeys,
    auth,
    setUserActive: (ctx, userId, active) => setUserActive({ apiKeys, auth }, ctx, userId, active),
  };
}
