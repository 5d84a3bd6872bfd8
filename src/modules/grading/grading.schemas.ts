import { z } from 'zod';

/** A text in several locales; `en` is required and is the fallback. A plain string means English. */
export const LocalizedTextSchema = z.union([
  z
    .string()
    .max(4000)
    .transform((en) => ({ en })),
  z.object({ en: z.string().max(4000) }).catchall(z.string().max(4000)),
]);
export type LocalizedString = { en: string } & Record<string, string>;

const Id = z.number().int().min(0).max(1_000_000);
const Flags = {
  isVendorSelected: z.boolean().default(false),
  isPartnerSelected: z.boolean().default(false),
  isAffiliateSelected: z.boolean().default(false),
};

export const InfoCardSchema = z.object({
  id: Id,
  label: LocalizedTextSchema,
  text: LocalizedTextSchema,
  images: z.array(z.string().url().max(1000)).max(20).default([]),
});

export const AnswerSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  /** Percent of the value this answer keeps: 100 = no deduction, above 100 raises the price. */
  score: z.number().min(0).max(200),
  infoCards: z.array(InfoCardSchema).max(10).default([]),
  ...Flags,
});

export const QuestionSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  label: LocalizedTextSchema,
  info: LocalizedTextSchema.default({ en: '' }),
  infoCards: z.array(InfoCardSchema).max(10).default([]),
  /** Several answers may be chosen (each a separate defect); single choice otherwise. */
  multiChoice: z.boolean().default(false),
  /**
   * May be left unanswered; its first answer then counts. For bonus questions such as "Is the
   * device in perfect cosmetic condition?" (No first), so a client that sends the seed's four
   * answers still gets a price.
   */
  optional: z.boolean().default(false),
  answers: z.array(AnswerSchema).min(1).max(20),
});

export const ExtraSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  label: LocalizedTextSchema.optional(),
  /** Percent of the base price added when the extra is ticked (e.g. a working power adapter). */
  valuePct: z.number().min(-100).max(100),
  ...Flags,
});

export const SystemExtraSchema = z.object({ id: Id, ...Flags });

export const CONDITIONS = ['excellent', 'good', 'fair', 'poor'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** A named grade reached when the total score is at least `minScore` (percent of base). */
export const GradeSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/),
  name: LocalizedTextSchema,
  minScore: z.number().min(0).max(1000),
  /** Seed 001 condition this grade corresponds to. */
  condition: z.enum(CONDITIONS),
  /** CTIA-style grades. */
  ctia: z.object({ functional: z.enum(['Functional', 'Non-functional']), cosmetic: z.enum(['A', 'B', 'C', 'D']) }),
});
export type GradeDefinition = z.output<typeof GradeSchema>;

function uniqueIds(list: { id: number }[]): number | null {
  const seen = new Set<number>();
  for (const x of list) {
    if (seen.has(x.id)) return x.id;
    seen.add(x.id);
  }
  return null;
}

/** The content of one grading form version. */
export const FormDefinitionSchema = z
  .object({
    name: LocalizedTextSchema,
    /** 1 = the worst answer decides (bonuses above 100 still multiply); 2 = scores multiply. */
    scoringType: z.union([z.literal(1), z.literal(2)]).default(2),
    questions: z.array(QuestionSchema).min(1).max(50),
    extras: z.array(ExtraSchema).max(20).default([]),
    systemExtras: z
      .array(SystemExtraSchema)
      .max(5)
      .default([{ id: 1, isVendorSelected: false, isPartnerSelected: false, isAffiliateSelected: false }]),
    /** Grades of this form; when absent the tenant's grading settings (or the defaults) apply. */
    grades: z.array(GradeSchema).min(1).max(20).optional(),
  })
  .superRefine((def, ctx) => {
    const dupQ = uniqueIds(def.questions);
    if (dupQ !== null) ctx.addIssue({ code: 'custom', path: ['questions'], message: `duplicate question id ${dupQ}` });
    def.questions.forEach((q, i) => {
      const dupA = uniqueIds(q.answers);
      if (dupA !== null) ctx.addIssue({ code: 'custom', path: ['questions', i, 'answers'], message: `duplicate answer id ${dupA}` });
    });
    const dupE = uniqueIds(def.extras);
    if (dupE !== null) ctx.addIssue({ code: 'custom', path: ['extras'], message: `duplicate extra id ${dupE}` });
    if (def.grades && !def.grades.some((g) => g.minScore === 0)) {
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'one grade must have minScore 0' });
    }
  });

export type FormDefinitionInput = z.input<typeof FormDefinitionSchema>;
export type FormDefinition = z.output<typeof FormDefinitionSchema>;
export type Question = FormDefinition['questions'][number];
export type Answer = Question['answers'][number];
export type Extra = FormDefinition['extras'][number];

/** Admin: a new form for a scope, with its first (draft) version. */
export const CreateFormInput = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,60}$/),
  itemGroupKey: z.string().regex(/^(\*|[a-z0-9][a-z0-9_-]{0,60})$/),
  itemId: z.number().int().positive().nullable().default(null),
  definition: FormDefinitionSchema,
});
export type CreateFormInput = z.input<typeof CreateFormInput>;

/**
 * The answers part of a price-quote request (seed 003 `GradingForm`): question id → answer ids.
 * JSON keys are strings; a single id is accepted for an array of one.
 */
export const SubmittedFormSchema = z.object({
  Answers: z.record(z.string().regex(/^\d{1,7}$/), z.union([z.array(z.number().int().min(0)).max(20), z.number().int().min(0)])).nullish(),
  Extras: z.array(z.number().int().min(0)).max(50).nullish(),
  SystemExtras: z.array(z.number().int().min(0)).max(10).nullish(),
  GradingDifferenceImages: z.unknown().optional(),
});
