import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ProfileView } from '../../modules/submissions/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './submissions.schemas.js';

const Address = z
  .object({
    line1: z.string().max(200).nullish(),
    line2: z.string().max(200).nullish(),
    postal_code: z.string().max(20).nullish(),
    city: z.string().max(100).nullish(),
    region: z.string().max(100).nullish(),
    country_code: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullish(),
  })
  .strict();
const Payout = z.enum(['store_credit', 'bank_transfer', 'gift_card']);
const ProfileJson = z.object({
  id: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string().nullable(),
  address: z.record(z.string(), z.string().nullable()).nullable(),
  preferred_payout: Payout.nullable(),
});

const toJson = (p: ProfileView): z.infer<typeof ProfileJson> => ({
  id: p.uid,
  email: p.email,
  first_name: p.firstName,
  last_name: p.lastName,
  phone: p.phone,
  address: p.address,
  preferred_payout: p.preferredPayout,
});

/** Seed 001 customer profile: name, phone, address, preferred payout. */
export async function profileRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { submissions } = deps.modules;
  r.get(
    '/api/:tenant/profile',
    { schema: { tags: ['upgrade'], summary: 'Get the signed-in customer’s profile', params: TenantParams, response: { 200: ProfileJson } } },
    async (request) => toJson(await submissions.getProfile(requireCtx(request))),
  );
  r.put(
    '/api/:tenant/profile',
    {
      schema: {
        tags: ['upgrade'],
        summary: 'Update the profile (any subset)',
        params: TenantParams,
        body: z
          .object({
            first_name: z.string().max(100).optional(),
            last_name: z.string().max(100).optional(),
            phone: z.string().max(40).nullish(),
            address: Address.nullish(),
            preferred_payout: Payout.nullish(),
          })
          .strict(),
        response: { 200: ProfileJson },
      },
    },
    async (request) => {
      const b = request.body;
      const address =
        b.address === undefined ? undefined : b.address === null ? null : Object.fromEntries(Object.entries(b.address).map(([k, v]) => [k, v ?? null]));
      return toJson(
        await submissions.updateProfile(requireCtx(request), {
          firstName: b.first_name,
          lastName: b.last_name,
          phone: b.phone,
          address,
          preferredPayout: b.preferred_payout,
        }),
      );
    },
  );
}
