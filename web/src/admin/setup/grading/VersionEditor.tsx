import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { errorFor } from '../parts';
import type { Definition, FormVersion } from '../types';
import { ExtrasEditor } from './ExtrasEditor';
import { QuestionEditor } from './QuestionEditor';

type Question = Definition['questions'][number];

/** A version's questions, answers, scores, info cards and extras; a draft can be edited and saved. */
export function VersionEditor({ version, editable, onSaved }: { version: FormVersion; editable: boolean; onSaved(): Promise<void> }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const [def, setDef] = useState<Definition>(version.definition);
  const [dirty, setDirty] = useState(false);
  const change = (d: Definition) => {
    setDef(d);
    setDirty(true);
  };
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/{tenant}/admin/grading-form-versions/{id}', {
          params: { path: { tenant: slug, id: version.version_id } },
          body: { definition: def },
        }),
      ),
    onSuccess: async () => {
      setDirty(false);
      await onSaved();
    },
  });
  const setQuestion = (i: number, q: Question) => change({ ...def, questions: def.questions.map((x, j) => (j === i ? q : x)) });
  const nextId = Math.max(0, ...def.questions.map((q) => q.id)) + 1;
  return (
    <section aria-labelledby="version-h" className="version">
      <h2 id="version-h">{m(editable ? 'editVersion' : 'viewVersion', { n: version.version })}</h2>
      <fieldset disabled={!editable} className="inline-fieldset">
        {def.questions.map((q, i) => (
          <QuestionEditor
            key={q.id}
            n={i + 1}
            editable={editable}
            question={q}
            onChange={(nq) => setQuestion(i, nq)}
            onRemove={() => change({ ...def, questions: def.questions.filter((_, j) => j !== i) })}
            error={errorFor(save.error, `definition.questions.${i}`)}
          />
        ))}
        {editable ? (
          <button
            type="button"
            onClick={() =>
              change({
                ...def,
                questions: [
                  ...def.questions,
                  {
                    id: nextId,
                    name: { en: m('newQuestion') },
                    label: { en: m('newQuestion') },
                    info: { en: '' },
                    info_cards: [],
                    multi_choice: false,
                    optional: false,
                    answers: [
                      {
                        id: 1,
                        name: { en: m('yes') },
                        score: 100,
                        info_cards: [],
                        is_vendor_selected: false,
                        is_partner_selected: false,
                        is_affiliate_selected: false,
                      },
                    ],
                  },
                ],
              })
            }
          >
            {m('addQuestion')}
          </button>
        ) : null}
        <ExtrasEditor editable={editable} extras={def.extras} onChange={(extras) => change({ ...def, extras })} />
      </fieldset>
      {editable ? (
        <>
          <ErrorText error={save.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => save.mutate()} disabled={save.isPending || !dirty}>
              {m('saveDraft')}
            </button>
            {save.isSuccess && !dirty ? (
              <span role="status" className="ok">
                {m('saved')}
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
