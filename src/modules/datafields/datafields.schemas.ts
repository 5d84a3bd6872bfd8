import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { TEMPLATE_TYPES } from './datafields.types.js';
import { MAX_VALUE_LENGTH } from './value-rules.js';

const Labels = z.partialRecord(z.enum(SUPPORTED_LOCALES), z.string().trim().min(1).max(200));

/** The rules of each field of a data field definition (adapters name the keys their own way). */
export const DataFieldRules = {
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
    name: DataFieldRules.name,
    labels: DataFieldRules.labels.default({}),
    templateType: DataFieldRules.templateType.default('Text'),
    dataType: DataFieldRules.dataType.default('Literal'),
    isRequired: DataFieldRules.isRequired.default(false),
    isVisible: DataFieldRules.isVisible.default(true),
    isActive: DataFieldRules.isActive.default(true),
    isCampaignField: DataFieldRules.isCampaignField.default(false),
    scope: DataFieldRules.scope.default(['Corporate', 'Private']),
    sortOrder: DataFieldRules.sortOrder.default(0),
    regex: DataFieldRules.regex.default(null),
    listOptions: DataFieldRules.listOptions.default([]),
    isUnique: DataFieldRules.isUnique.default(false),
    maxUsesPerValue: DataFieldRules.maxUsesPerValue.default(null),
    requiresValidation: DataFieldRules.requiresValidation.default(false),
    externalValidation: DataFieldRules.externalValidation.default(null),
  })
  .strict();
export type CreateDataFieldInput = z.input<typeof CreateDataFieldInput>;

/** A partial change of a data field (admin API); absent keys keep their value. */
export const UpdateDataFieldInput = z
  .object({
    name: DataFieldRules.name,
    labels: DataFieldRules.labels,
    templateType: DataFieldRules.templateType,
    dataType: DataFieldRules.dataType,
    isRequired: DataFieldRules.isRequired,
    isVisible: DataFieldRules.isVisible,
    isActive: DataFieldRules.isActive,
    isCampaignField: DataFieldRules.isCampaignField,
    scope: DataFieldRules.scope,
    sortOrder: DataFieldRules.sortOrder,
    regex: DataFieldRules.regex,
    listOptions: DataFieldRules.listOptions,
    isUnique: DataFieldRules.isUnique,
    maxUsesPerValue: DataFieldRules.maxUsesPerValue,
    requiresValidation: DataFieldRules.requiresValidation,
    externalValidation: DataFieldRules.externalValidation,
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
