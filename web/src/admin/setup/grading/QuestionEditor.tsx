import { useId } from 'react';
import { useMessages } from '../../../app/i18n';
import { setupMessages } from '../messages';
import { CheckField } from '../parts';
import type { Definition } from '../types';
import { InfoCardsEditor } from './InfoCardsEditor';
import { DataTable } from '../../DataTable';

type Question = Definition['questions'][number];
type Answer = Question['answers'][number];

/** One question: its texts (English; other locales are kept), choice mode, answers with scores and info cards. */
export function QuestionEditor({
  n,
  editable,
  question: q,
  onChange,
  onRemove,
  error,
}: {
  n: number;
  editable: boolean;
  question: Question;
  onChange(q: Question): void;
  onRemove(): void;
  error: string | null;
}) {
  const m = useMessages(setupMessages);
  const id = useId();
  const setAnswer = (i: number, a: Answer) => onChange({ ...q, answers: q.answers.map((x, j) => (j === i ? a : x)) });
  const nextId = Math.max(0, ...q.answers.map((a) => a.id)) + 1;
  return (
    <fieldset className="subform question-editor">
      <legend>{m('questionN', { n, name: q.name.en })}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{m('questionName')}</label>
          <input id={`${id}-name`} value={q.name.en} onChange={(e) => onChange({ ...q, name: { ...q.name, en: e.target.value } })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>{m('questionLabel')}</label>
          <input id={`${id}-label`} value={q.label.en} onChange={(e) => onChange({ ...q, label: { ...q.label, en: e.target.value } })} />
        </div>
      </div>
      <CheckField label={m('multiChoice')} checked={q.multi_choice} onChange={(v) => onChange({ ...q, multi_choice: v })} />
      <CheckField label={m('optional')} checked={q.optional} onChange={(v) => onChange({ ...q, optional: v })} />
      <DataTable
        caption={m('answersOf', { name: q.name.en })}
        rows={q.answers}
        rowKey={(a) => a.id}
        columns={[
          {
            header: m('answer'),
            cell: (a, i) => (
              <input
                aria-label={m('answerNameOf', { question: q.name.en, n: i + 1 })}
                value={a.name.en}
                onChange={(e) => setAnswer(i, { ...a, name: { ...a.name, en: e.target.value } })}
              />
            ),
          },
          {
            header: m('score'),
            cell: (a, i) => (
              <input
                aria-label={m('scoreOf', { question: q.name.en, answer: a.name.en })}
                type="number"
                min={0}
                max={200}
                value={a.score}
                onChange={(e) => setAnswer(i, { ...a, score: Number(e.target.value) })}
              />
            ),
          },
          {
            header: m('infoCards'),
            cell: (a, i) => (
              <InfoCardsEditor editable={editable} cards={a.info_cards} owner={a.name.en} onChange={(info_cards) => setAnswer(i, { ...a, info_cards })} />
            ),
          },
          ...(editable
            ? [
                {
                  header: m('actions'),
                  cell: (_: unknown, i: number) => (
                    <button
                      type="button"
                      className="danger"
                      disabled={q.answers.length <= 1}
                      onClick={() => onChange({ ...q, answers: q.answers.filter((_, j) => j !== i) })}
                    >
                      {m('remove')}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {editable ? (
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              onChange({
                ...q,
                answers: [
                  ...q.answers,
                  {
                    id: nextId,
                    name: { en: m('newAnswer') },
                    score: 100,
                    info_cards: [],
                    is_vendor_selected: false,
                    is_partner_selected: false,
                    is_affiliate_selected: false,
                  },
                ],
              })
            }
          >
            {m('addAnswer')}
          </button>
          <button type="button" className="danger" onClick={onRemove}>
            {m('removeQuestion')}
          </button>
        </div>
      ) : null}
      <InfoCardsEditor editable={editable} cards={q.info_cards} owner={q.name.en} onChange={(info_cards) => onChange({ ...q, info_cards })} />
    </fieldset>
  );
}
