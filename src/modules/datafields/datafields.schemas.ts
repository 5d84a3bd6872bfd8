import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { TEMPLATE_TYPES } from './datafields.types.js';
import { MAX_VALUE_LENGTH } from './value-rules.js';

const Labels = z.partialRecord(z.enum(SUPPORTED_LOCALES), z.string().trim().min(1).max(200));

const Fields = {
  name: z.string().trim().min(1).max(100),
  labels: Labels,
  templateType: z.enum(TEMPLATE_TYPES),
  dataType: z.string().trim().min(1).max(40),
  isRequired: z.boolean(),
  isVisible: z.boolean(),
  isActive: z.boolean(),
  isCampaignField: z.boolean(),
  /** Where the field applies; an empty list means no restriction. */
  scope: z.array(z.enum(['Corporate', 'Private'])).max(2),
  sortOrder: z.number().int().min(-100_000).max(100_000),
  regex: z.string().min(1).max(500).nullable(),
  listOptions: z.array(z.object({ value: z.string().trim().min(1).max(MAX_VALUE_LENGTH), labels: Labels.default({}) })).max(500),
  isUnique: z.boolean(),
  maxUsesPerValue: z.number().int().positive().max(1_000_000).nullable(),
  requiresValidation: z.boolean(),
  externalValidation: z
    .object({
      url: z.url({ protocol: /^https?$/ }).max(500),
      apiKey: z.string().min(1).max(500).nullable().default(null),
      timeoutMs: z.number().int().min(50).max(30_000).default(3_000),
    })
    .strict()
    .nullable(),
};

/** A new data field (admin API, demo seed). */
export const CreateDataFieldInput = z
  .object({
    name: Fields.name,
    labels: Fields.labels.default({}),
    templateType: Fields.templateType.default('Text'),
    dataType: Fields.dataType.default('Literal'),
    isRequired: Fields.isRequired.default(false),
    isVisible: Fields.isVisible.default(true),
    isActive: Fields.isActive.default(true),
    isCampaignField: Fields.isCampaignField.default(false),
    scope: Fields.scope.default(['Corporate', 'Private']),
    sortOrder: Fields.sortOrder.default(0),
    regex: Fields.regex.default(null),
    listOptions: Fields.listOptions.default([]),
    isUnique: Fields.isUnique.default(false),
    maxUsesPerValue: Fields.maxUsesPerValue.default(null),
    requiresValidation: Fields.requiresValidation.default(false),
    externalValidation: Fields.externalValidation.default(null),
  })
  .strict();
export type CreateDataFieldInput = z.input<typeof CreateDataFieldInput>;

/** A partial change of a data field (admin API); absent keys keep their value. */
export const UpdateDataFieldInput = z
  .object({
    name: Fields.name,
    labels: Fields.labels,
    templateType: Fields.templateType,
    dataType: Fields.dataType,
    isRequired: Fields.isRequired,
    isVisible: Fields.isVisible,
    isActive: Fields.isActive,
    isCampaignField: Fields.isCampaignField,
    scope: Fields.scope,
    sortOrder: Fields.sortOrder,
    regex: Fields.regex,
    listOptions: Fields.listOptions,
    isUnique: Fields.isUnique,
    maxUsesPerValue: Fields.maxUsesPerValue,
    requiresValidation: Fields.requiresValidation,
    externalValidation: Fields.externalValidation,
  })
  .partial()
  .strict();
export type UpdateDataFieldInput = z.input<typeof UpdateDataFieldInput>;

/** `validateForTradeIn` input (registration and update of a trade-in). */
export const TradeInDataFieldsInput = z.object({
  values: z.array(z.object({ DataFieldId: z.number().int(), DataFieldValue: z.string().nullable() })),
  isCorporate: z.boolean(),
  campaignId: z.number().int().nullable(),
  mode: z.enum(['register', 'update']),
  excludeTradeInId: z.number().int().optional(),
});
export type TradeInDataFieldsInput = z.input<typeof TradeInDataFieldsInput>;
