import { z } from 'zod';
import { RetailHeaders } from './retail.schemas.js';

/** Zod shapes of the retail logistics routes (seed 003 §9, PascalCase). */
export const Id = z.coerce.number().int().min(0).max(2_147_483_647);
export const IdList = z.array(z.number().int().min(0).max(2_147_483_647)).max(500);
export const AgentId = z.union([z.string().max(100), z.number()]).nullish();

export const CreatePackageBody = z.object({
  Name: z.string().max(200).nullish(),
  Identifier: z
    .string()
    .max(100)
    .regex(/^[\x20-\x7e]*$/, 'printable ASCII (Code 128)')
    .nullish(),
  PackageDimensionId: z.number().int().nullish(),
  AgentId,
  AgentRef: z.string().max(200).nullish(),
  LocationId: z.number().int().nullish(),
  LocationRef: z.string().max(200).nullish(),
  TradeInDeviceIds: IdList.nullish(),
});

export const CreateShipmentBody = z.object({
  Name: z.string().max(200).nullish(),
  AgentId,
  AgentRef: z.string().max(200).nullish(),
  LocationId: z.number().int().nullish(),
  LocationRef: z.string().max(200).nullish(),
  PackagesIds: IdList.nullish(),
});

export const LabelBody = z.object({
  LocationId: z.number().int().nullish(),
  LocationAddress: z
    .object({
      CountryCode: z.string().max(2).nullish(),
      City: z.string().max(100).nullish(),
      PostCode: z.string().max(20).nullish(),
      Street1: z.string().max(200).nullish(),
      Street2: z.string().max(200).nullish(),
      PhoneNumber: z.string().max(40).nullish(),
    })
    .nullish(),
});

export const RetailPackage = z.object({
  Id: z.number(),
  Name: z.string(),
  Identifier: z.string(),
  PackageDimensionId: z.number().nullable(),
  AgentRef: z.string().nullable(),
  LocationId: z.number().nullable(),
  LocationRef: z.string().nullable(),
  Status: z.enum(['Open', 'Packed', 'Shipped', 'Delivered', 'Cancelled']),
  FlowType: z.string().describe('tradein (store → facility), return (facility → customer), mailin (customer → facility)'),
  DestinationLocationId: z.number().nullable(),
  ShipmentId: z.number().nullable(),
  TradeInDeviceIds: z.array(z.number()),
  CreatedDate: z.string(),
});

export const RetailShipment = z.object({
  Id: z.number(),
  Name: z.string(),
  AgentRef: z.string().nullable(),
  LocationId: z.number().nullable(),
  LocationRef: z.string().nullable(),
  Status: z.enum(['Ready', 'LabelCreated', 'InTransit', 'Delivered', 'Cancelled']),
  FlowType: z.string(),
  DestinationLocationId: z.number().nullable(),
  PackagesIds: z.array(z.number()),
  Carrier: z.string().nullable(),
  TrackingNumber: z.string().nullable(),
  HasLabel: z.boolean(),
  CreatedDate: z.string(),
  LabelCreatedDate: z.string().nullable(),
});

export const RetailStatusHistory = z.array(
  z.object({ Status: z.string(), Date: z.string().describe('UTC, ISO 8601'), Source: z.string(), Note: z.string().nullable() }),
);

export const Paging = RetailHeaders.extend({
  LocationId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  Page: z.coerce.number().int().min(1).max(100_000).default(1),
  PageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const Paged = <T extends z.ZodType>(item: T) => z.object({ TotalCount: z.number(), Page: z.number(), PageSize: z.number(), Items: z.array(item) });
