import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormDefinitionSchema } from './grading.schemas.js';
import { DEFAULT_GRADES, REFERENCE_FORMS } from './reference-forms.js';
import { checkAnswers, gradeFor, scoreAnswers } from './scoring.js';

const mobile = FormDefinitionSchema.parse(REFERENCE_FORMS.find((f) => f.key === 'ref-mobiles')!.definition);
const best = { 0: [0], 1: [0], 2: [0], 3: [0], 4: [0] };

describe('grading scoring', () => {
  it('reference mobile form carries the seed scores', () => {
    expect(mobile.questions.slice(0, 4).map((q) => [q.label.en, q.answers[0].score, q.answers[1].score])).toEqual([
      ['Power', 100, 5],
      ['LCD', 100, 30],
      ['Body', 100, 70],
      ['Buttons', 100, 80],
    ]);
    expect(mobile.questions[4].answers[0].name.en).toBe('No');
  });

  it('scores multiply (ScoringType 2) and map to grades', () => {
    expect(scoreAnswers(mobile, checkAnswers(mobile, { Answers: best })).scorePct).toBe(100);
    expect(gradeFor(DEFAULT_GRADES, 100).key).toBe('working');
    const lcdBody = scoreAnswers(mobile, checkAnswers(mobile, { Answers: { ...best, 1: [1], 2: [1] } })).scorePct;
    expect(lcdBody).toBeCloseTo(21);
    expect(gradeFor(DEFAULT_GRADES, 110).key).toBe('excellent');
    expect(gradeFor(DEFAULT_GRADES, 4).key).toBe('broken');
  });

  it('ScoringType 1: the worst answer decides, bonuses still apply', () => {
    const lowest = { ...mobile, scoringType: 1 as const };
    expect(scoreAnswers(lowest, checkAnswers(lowest, { Answers: { ...best, 1: [1], 2: [1], 4: [1] } })).scorePct).toBeCloseTo(33);
  });

  it('property: a worse answer never raises the score, under both scoring types', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(1, 2),
        (choice, q, type) => {
          const def = { ...mobile, scoringType: type as 1 | 2 };
          const answers = Object.fromEntries(choice.map((c, i) => [i, [c]]));
          const worse = { ...answers, [q]: [1] };
          const s = (a: Record<number, number[]>) => scoreAnswers(def, checkAnswers(def, { Answers: a })).scorePct;
          expect(s(worse)).toBeLessThanOrEqual(s(answers));
        },
      ),
    );
  });

  it('rejects what the seed rejects', () => {
    const code = (raw: unknown) => {
      try {
        checkAnswers(mobile, raw);
        return 'ok';
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(code({ Answers: best, Extras: [0], SystemExtras: [0] })).toBe('ok');
    expect(code({ Answers: {} })).toBe('B070007');
    expect(code({})).toBe('B070007');
    expect(code({ Answers: { 0: [0] } })).toBe('B070007');
    // The seed's own request answers the four seed questions only: the optional bonus question
    // then counts as "No" (score 100).
    expect(code({ Answers: { 0: [0], 1: [0], 2: [0], 3: [0] }, Extras: [0], SystemExtras: [0] })).toBe('ok');
    expect(scoreAnswers(mobile, checkAnswers(mobile, { Answers: { 0: [0], 1: [0], 2: [0], 3: [0] } })).scorePct).toBeCloseTo(100);
    expect(code({ Answers: { ...best, 42: [0] } })).toBe('N070002');
    expect(code({ Answers: { ...best, 1: [9] } })).toBe('N070003');
    expect(code({ Answers: best, Extras: [3] })).toBe('N070004');
    expect(code({ Answers: best, SystemExtras: [2] })).toBe('N070004');
    expect(code({ Answers: { ...best, 1: [0, 1] } })).toBe('B070010');
    expect(code('x')).toBe('B070010');
    expect(code({ Answers: [1, 2] })).toBe('B070010');
  });

  it('every reference form is valid and fully translated', () => {
    for (const f of REFERENCE_FORMS) {
      const def = FormDefinitionSchema.parse(f.definition);
      for (const q of def.questions) {
        for (const loc of ['tr', 'sv', 'de']) {
          expect((q.name as Record<string, string>)[loc], `${f.key} q${q.id} ${loc}`).toBeTruthy();
          for (const a of q.answers) expect((a.name as Record<string, string>)[loc], `${f.key} q${q.id} a${a.id} ${loc}`).toBeTruthy();
        }
      }
    }
  });
});
