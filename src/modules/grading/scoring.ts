import { GradingErrors } from './grading.errors.js';
import { SubmittedFormSchema, type FormDefinition, type GradeDefinition, type LocalizedString } from './grading.schemas.js';

/** Answers checked against a form version: question id → chosen answer ids, extras, system extras. */
export interface CheckedAnswers {
  answers: Record<number, number[]>;
  extras: number[];
  systemExtras: number[];
}

/** One answer's effect on the value, in percent of the value before it. */
export interface ScoreStep {
  questionId: number;
  answerId: number;
  questionLabel: LocalizedString;
  answerName: LocalizedString;
  /** Multiplier in percent applied at this step (100 = unchanged). */
  factorPct: number;
}

export interface ScoreResult {
  /** Total score in percent of the base value (100 = working device, above = bonus). */
  scorePct: number;
  steps: ScoreStep[];
}

/**
 * Parses the seed's `GradingForm` object and checks it against a form version: malformed →
 * B070010, no answers → B070007, unknown question N070002, unknown answer N070003, unknown extra
 * N070004, several answers to a single-choice question B070010, an unanswered required question
 * B070007 (an unanswered optional question counts with its first answer).
 * The extra id 0 is the seed's placeholder for "none" when the form has no extra 0.
 */
export function checkAnswers(def: FormDefinition, raw: unknown): CheckedAnswers {
  const parsed = SubmittedFormSchema.safeParse(raw ?? {});
  if (!parsed.success || raw === null || typeof raw !== 'object') throw GradingErrors.B070010();
  const submitted = parsed.data;
  const entries = Object.entries(submitted.Answers ?? {});
  if (entries.length === 0) throw GradingErrors.B070007();
  const answers: Record<number, number[]> = {};
  for (const [key, value] of entries) {
    const qid = Number(key);
    const question = def.questions.find((q) => q.id === qid);
    if (!question) throw GradingErrors.N070002({ id: qid });
    const ids = [...new Set(Array.isArray(value) ? value : [value])];
    if (ids.length === 0) throw GradingErrors.B070007();
    if (!question.multiChoice && ids.length > 1) throw GradingErrors.B070010();
    for (const aid of ids) {
      if (!question.answers.some((a) => a.id === aid)) throw GradingErrors.N070003({ id: aid });
    }
    answers[qid] = ids.sort((a, b) => a - b);
  }
  for (const q of def.questions) {
    if (answers[q.id]) continue;
    if (!q.optional) throw GradingErrors.B070007();
    answers[q.id] = [q.answers[0].id];
  }
  const extras: number[] = [];
  for (const id of new Set(submitted.Extras ?? [])) {
    if (def.extras.some((e) => e.id === id)) extras.push(id);
    else if (id !== 0) throw GradingErrors.N070004({ id });
  }
  const systemExtras: number[] = [];
  for (const id of new Set(submitted.SystemExtras ?? [])) {
    // 0 is how the seed says "Find-My not activated"; only defined system extras count.
    if (def.systemExtras.some((e) => e.id === id)) systemExtras.push(id);
    else if (id !== 0) throw GradingErrors.N070004({ id });
  }
  return { answers, extras: extras.sort((a, b) => a - b), systemExtras: systemExtras.sort((a, b) => a - b) };
}

/**
 * The score of checked answers. ScoringType 2 multiplies every chosen answer's score; ScoringType 1
 * lets the worst answer at or below 100 decide and still multiplies bonuses above 100. Either way a
 * lower score on any answer never raises the total.
 */
export function scoreAnswers(def: FormDefinition, checked: CheckedAnswers): ScoreResult {
  const chosen: ScoreStep[] = [];
  for (const q of def.questions) {
    for (const aid of checked.answers[q.id] ?? []) {
      const a = q.answers.find((x) => x.id === aid)!;
      chosen.push({ questionId: q.id, answerId: a.id, questionLabel: q.label, answerName: a.name, factorPct: a.score });
    }
  }
  if (def.scoringType === 2) {
    const scorePct = chosen.reduce((acc, s) => (acc * s.factorPct) / 100, 100);
    return { scorePct, steps: chosen };
  }
  let worst: ScoreStep | null = null;
  for (const s of chosen) if (s.factorPct < 100 && (!worst || s.factorPct < worst.factorPct)) worst = s;
  const steps = chosen.filter((s) => s.factorPct > 100 || s === worst);
  const scorePct = steps.reduce((acc, s) => (acc * s.factorPct) / 100, 100);
  return { scorePct, steps };
}

/** The grade a score reaches: the one with the highest `minScore` not above it. */
export function gradeFor(grades: readonly GradeDefinition[], scorePct: number): GradeDefinition {
  const sorted = [...grades].sort((a, b) => b.minScore - a.minScore);
  // A tiny epsilon keeps 100 % after float multiplication (e.g. 99.99999) in the 100 % grade.
  return sorted.find((g) => scorePct + 1e-9 >= g.minScore) ?? sorted[sorted.length - 1];
}

/** A text in `locale`, else the fallback locale, else English. */
export function pick(text: LocalizedString | undefined, locale: string, fallback = 'en'): string {
  if (!text) return '';
  return text[locale] ?? text[fallback] ?? text.en;
}
