import { z } from 'zod';
import {
  AnswerSchema,
  CONDITIONS,
  CreateFormInput,
  ExtraSchema,
  FormDefinitionSchema,
  GradeSchema,
  InfoCardSchema,
  QuestionSchema,
} from '../../modules/grading/index.js';

/*
 * The admin API's snake_case view of a grading form definition. The grading module keeps its
 * camelCase shape (stored as JSON as is); these schemas only rename keys, so they reuse the
 * module's field rules, and the module still parses the mapped result (its cross-field checks,
 * such as duplicate ids, report paths without renamed keys).
 */

const Flags = {
  is_vendor_selected: z.boolean().default(false),
  is_partner_selected: z.boolean().default(false),
  is_affiliate_selected: z.boolean().default(false),
};
const InfoCards = z.array(InfoCardSchema).max(10).default([]);

const AnswerIn = AnswerSchema.omit({ infoCards: true, isVendorSelected: true, isPartnerSelected: true, isAffiliateSelected: true }).extend({
  info_cards: InfoCards,
  ...Flags,
});
const QuestionIn = QuestionSchema.omit({ infoCards: true, multiChoice: true, answers: true }).extend({
  info_cards: InfoCards,
  multi_choice: QuestionSchema.shape.multiChoice,
  answers: z.array(AnswerIn).min(1).max(20),
});
const ExtraIn = ExtraSchema.omit({ valuePct: true, isVendorSelected: true, isPartnerSelected: true, isAffiliateSelected: true }).extend({
  value_pct: ExtraSchema.shape.valuePct,
  ...Flags,
});
const SystemExtraIn = z.object({ id: AnswerSchema.shape.id, ...Flags });
const GradeIn = GradeSchema.omit({ minScore: true }).extend({ min_score: GradeSchema.shape.minScore });

/** A definition as the admin API accepts it. */
export const AdminDefinitionIn = z.object({
  name: FormDefinitionSchema.shape.name,
  scoring_type: FormDefinitionSchema.shape.scoringType,
  questions: z.array(QuestionIn).min(1).max(50),
  extras: z.array(ExtraIn).max(20).default([]),
  system_extras: z
    .array(SystemExtraIn)
    .max(5)
    .default([{ id: 1, is_vendor_selected: false, is_partner_selected: false, is_affiliate_selected: false }]),
  grades: z.array(GradeIn).min(1).max(20).optional(),
});
export type AdminDefinitionIn = z.output<typeof AdminDefinitionIn>;

/** Admin: a new form for a scope, with its first (draft) version. */
export const AdminCreateFormIn = z.object({
  key: CreateFormInput.shape.key,
  item_group_key: CreateFormInput.shape.itemGroupKey,
  item_id: CreateFormInput.shape.itemId,
  definition: AdminDefinitionIn,
});

/** A stored definition (texts already normalised to `{ en, … }`), as the admin API answers it. */
const Localized = z.object({ en: z.string() }).catchall(z.string());
const FlagsOut = { is_vendor_selected: z.boolean(), is_partner_selected: z.boolean(), is_affiliate_selected: z.boolean() };
const InfoCardOut = z.object({ id: z.number(), label: Localized, text: Localized, images: z.array(z.string()) });
export const AdminDefinitionOut = z.object({
  name: Localized,
  scoring_type: z.union([z.literal(1), z.literal(2)]),
  questions: z.array(
    z.object({
      id: z.number(),
      name: Localized,
      label: Localized,
      info: Localized,
      info_cards: z.array(InfoCardOut),
      multi_choice: z.boolean(),
      optional: z.boolean(),
      answers: z.array(z.object({ id: z.number(), name: Localized, score: z.number(), info_cards: z.array(InfoCardOut), ...FlagsOut })),
    }),
  ),
  extras: z.array(z.object({ id: z.number(), name: Localized, label: Localized.optional(), value_pct: z.number(), ...FlagsOut })),
  system_extras: z.array(z.object({ id: z.number(), ...FlagsOut })),
  grades: z
    .array(
      z.object({
        key: z.string(),
        name: Localized,
        min_score: z.number(),
        condition: z.enum(CONDITIONS),
        ctia: z.object({ functional: z.enum(['Functional', 'Non-functional']), cosmetic: z.enum(['A', 'B', 'C', 'D']) }),
      }),
    )
    .optional(),
});
export type AdminDefinitionOut = z.output<typeof AdminDefinitionOut>;

/** One version of a grading form. */
export const AdminFormVersion = z.object({
  form_id: z.number(),
  version_id: z.number(),
  version: z.number(),
  status: z.enum(['draft', 'active', 'retired']),
  is_reference: z.boolean(),
  key: z.string(),
  item_group_key: z.string(),
  item_id: z.number().nullable(),
  definition: AdminDefinitionOut,
  created_at: z.string(),
  published_at: z.string().nullable(),
});
export type AdminFormVersionOut = z.output<typeof AdminFormVersion>;
