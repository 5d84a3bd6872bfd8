import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const RetailUser = z.object({
  UserId: z.string(),
  UserName: z.string(),
  FirstName: z.string(),
  LastName: z.string(),
  PhoneNumber: z.string().nullable(),
  Email: z.string(),
  CreateDate: z.string(),
  Locations: z.array(z.string()),
  LocationIds: z.array(z.number()),
  UserExternalReference: z.string().nullable(),
  IsActive: z.boolean(),
});

const RetailLocation = z.object({
  LocationId: z.number(),
  Id: z.number(),
  Name: z.string(),
  Type: z.string(),
  LocationExternalReference: z.string().nullable(),
  Address: z.object({
    CountryCode: z.string().nullable(),
    City: z.string().nullable(),
    PostCode: z.string().nullable(),
    Street1: z.string().nullable(),
    Street2: z.string().nullable(),
    PhoneNumber: z.string().nullable(),
  }),
  IsActive: z.boolean(),
});

/** Seed 003 §10: users (agents) and locations of the API key's tenant. */
export async function orgRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { org } = deps.modules;

  r.get(
    '/api/v2/users',
    {
      schema: {
        tags: ['retail'],
        summary: 'Users of the tenant that can act as AgentId',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders,
        response: { 200: z.array(RetailUser) },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const users = await org.users.listStaff(ctx);
      return users.map((u) => ({
        UserId: u.uid,
        UserName: u.email,
        FirstName: u.firstName,
        LastName: u.lastName,
        PhoneNumber: u.phone,
        Email: u.email,
        CreateDate: u.createdAt.toISOString(),
        Locations: u.locationNames,
        LocationIds: u.locationIds,
        UserExternalReference: u.externalRef,
        IsActive: u.isActive,
      }));
    },
  );

  r.get(
    '/api/v2/locations',
    {
      schema: {
        tags: ['retail'],
        summary: 'Locations (stores, warehouses) of the tenant',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders,
        response: { 200: z.array(RetailLocation) },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const locations = await org.locations.list(ctx);
      return locations.map((l) => ({
        LocationId: l.id,
        Id: l.id,
        Name: l.name,
        Type: l.kind,
        LocationExternalReference: l.externalRef,
        Address: {
          CountryCode: l.address.countryCode ?? null,
          City: l.address.city ?? null,
          PostCode: l.address.postCode ?? null,
          Street1: l.address.street1 ?? null,
          Street2: l.address.street2 ?? null,
          PhoneNumber: l.address.phone ?? null,
        },
        IsActive: l.isActive,
      }));
    },
  );
}
