import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { locationRepository, type LocationRecord } from './location.repository.js';
import { userRepository } from './user.repository.js';

export const CreateLocationInput = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['store', 'warehouse', 'facility']).default('store'),
  externalRef: z.string().trim().max(200).nullish(),
  address: z
    .object({
      street1: z.string().max(200).optional(),
      street2: z.string().max(200).optional(),
      city: z.string().max(100).optional(),
      postCode: z.string().max(20).optional(),
      countryCode: z.string().length(2).toUpperCase().optional(),
      phone: z.string().max(40).optional(),
    })
    .default({}),
});
export type CreateLocationInput = z.input<typeof CreateLocationInput>;

/** Stores, warehouses and facilities of a tenant. */
export const locationService = {
  async create(ctx: Ctx, raw: CreateLocationInput): Promise<LocationRecord> {
    const input = CreateLocationInput.parse(raw);
    return locationRepository.insert(ctx, {
      name: input.name,
      kind: input.kind,
      externalRef: input.externalRef ?? null,
      address: input.address,
    });
  },
  findById: (ctx: Ctx, id: number) => locationRepository.findById(ctx, id),
  list: (ctx: Ctx) => locationRepository.list(ctx),
  /** The locations the actor may see: an agent only their own stores (assigned, and their key's); other staff all. */
  async listVisible(ctx: Ctx): Promise<LocationRecord[]> {
    const all = await locationRepository.list(ctx);
    if (ctx.actor.role !== 'agent') return all;
    const user = ctx.actor.userId ? await userRepository.findById(ctx, ctx.actor.userId) : null;
    const own = new Set([...(user?.locationIds ?? []), ...(ctx.actor.locationId ? [ctx.actor.locationId] : [])]);
    return all.filter((l) => own.has(l.id));
  },
};
