import crypto from 'node:crypto';
import { z } from 'zod';
import type { Ctx, Role } from '../../platform/context.js';
import { sqlState, UNIQUE_VIOLATION } from '../../platform/db/index.js';
import { SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { OrgErrors } from './org.errors.js';
import { hashPassword } from './password.js';
import { checkPassword, PASSWORD_MIN_LENGTH, type PasswordProblem } from './password-policy.js';
import { userRepository, type UserRecord } from './user.repository.js';
import { locationRepository } from './location.repository.js';

export const ROLES = ['admin', 'facility_lead', 'technician', 'agent', 'customer'] as const satisfies readonly Role[];
export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH.customer;

function passwordError(p: PasswordProblem) {
  switch (p.kind) {
    case 'too_short':
      return OrgErrors.B010005({ min: p.min });
    case 'too_long':
      return OrgErrors.B010009({ max: p.max });
    case 'common':
      return OrgErrors.B010006();
    case 'email':
      return OrgErrors.B010007();
    case 'whitespace':
      return OrgErrors.B010008();
  }
}

/** Throws the localized policy error (B010005–B010009) when a new password breaks a rule. */
export function enforcePasswordPolicy(password: string, account: { role: Role; email: string }): void {
  const problem = checkPassword(password, account);
  if (problem) throw passwordError(problem);
}

export const CreateUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().max(200).optional(),
  role: z.enum(ROLES),
  firstName: z.string().trim().max(100).default(''),
  lastName: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(40).nullish(),
  externalRef: z.string().trim().max(200).nullish(),
  locale: z.enum(SUPPORTED_LOCALES).nullish(),
  locationIds: z.array(z.number().int().positive()).default([]),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

/** Users of a tenant: staff (admin, technician, agent) and customers. */
export const userService = {
  async create(ctx: Ctx, raw: CreateUserInput): Promise<UserRecord> {
    const input = CreateUserInput.parse(raw);
    if (input.password !== undefined) enforcePasswordPolicy(input.password, { role: input.role, email: input.email });
    for (const locationId of input.locationIds) {
      if (!(await locationRepository.findById(ctx, locationId))) throw OrgErrors.N010002({ id: locationId });
    }
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    let id: number;
    try {
      id = await userRepository.insert(ctx, {
        uid: crypto.randomUUID(),
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        externalRef: input.externalRef ?? null,
        role: input.role,
        passwordHash,
        locale: input.locale ?? null,
      });
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) throw OrgErrors.B010003({});
      throw err;
    }
    for (const locationId of input.locationIds) await userRepository.addLocation(ctx, id, locationId);
    return (await userRepository.findById(ctx, id))!;
  },

  findById: (ctx: Ctx, id: number) => userRepository.findById(ctx, id),
  findByUid: (ctx: Ctx, uid: string) => userRepository.findByUid(ctx, uid),
  findByEmail: async (ctx: Ctx, email: string): Promise<UserRecord | null> => {
    const u = await userRepository.findByEmail(ctx, email);
    if (!u) return null;
    const { passwordHash: _omit, ...user } = u;
    return user;
  },

  /** Staff users (the seed's "users" that can act as AgentId). */
  listStaff: (ctx: Ctx) => userRepository.list(ctx, { roles: ['admin', 'facility_lead', 'technician', 'agent'] }),
  list: (ctx: Ctx) => userRepository.list(ctx),
};
