import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { facilityMessages } from './messages';
import { PhotoPicker, type BenchPhoto } from './PhotoPicker';

type FormReply = NonNullable<Awaited<ReturnType<typeof loadForm>>>;
export async function loadForm(tenant: string, id: number) {
  return unwrap(await api.GET('/api/{tenant}/admin/facility/devices/{id}/inspection-form', { params: { path: { tenant, id } } }));
}
const TESTS = ['touch', 'camera', 'audio', 'battery', 'buttons', 'network'] as const;
type Result = 'pass' | 'fail' | 'not_tested';

/** The inspection: the quote's questions again (starting from the customer's answers), tests, Find My, erasure, photos. */
export function InspectionForm({ deviceId, form, onSaved }: { deviceId: number; form: FormReply; onSaved(r: { price: string; grade: string }): void }) {
  const m = useMessages(facilityMessages);
  const { slug } = useTenant();
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, number[]>>(form.said);
  const [tests, setTests] = useState<Record<string, Result>>(Object.fromEntries(TESTS.map((t) => [t, 'pass'])));
  const [fmip, setFmip] = useState<'Activated' | 'NotActivated'>(form.fmip_declared === 'Activated' ? 'Activated' : 'NotActivated');
  const [erased, setErased] = useState(false);
  const [erasure, setErasure] = useState({ method: 'Clear', tool: '', operator: '', verification: 'Passed' as 'Passed' | 'Failed' });
  const [photos, setPhotos] = useState<BenchPhoto[]>([]);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const q = form.form.questions;
  const said = (qid: number) =>
    (form.said[String(qid)] ?? []).map((a) => q.find((x) => x.id === qid)?.answers.find((y) => y.id === a)?.name ?? String(a)).join(', ');
  const pick = (qid: number, aid: number, multi: boolean) =>
    setAnswers((prev) => {
      const cur = prev[String(qid)] ?? [];
      return { ...prev, [String(qid)]: multi ? (cur.includes(aid) ? cur.filter((x) => x !== aid) : [...cur, aid]) : [aid] };
    });
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = unwrap(
        await api.POST('/api/{tenant}/admin/facility/devices/{id}/inspection', {
          params: { path: { tenant: slug, id: deviceId } },
          body: {
            grading_form: { Answers: answers, Extras: form.extras },
            functional_tests: TESTS.map((name) => ({ name, result: tests[name] })),
            fmip_found: fmip,
            photos: photos.map((p) => ({ photo_id: p.photo_id, question_id: p.question_id, angle: p.angle })),
            erasure: erased ? { ...erasure } : null,
            notes: notes || null,
          },
        }),
      );
      onSaved({ price: res.preview.final_price, grade: res.preview.grade });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="fac-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{m('gradingForm')}</h2>
      {q.map((question) => (
        <fieldset key={question.id} className="question">
          <legend>{question.label}</legend>
          <p className="hint">{m('customerSaid', { answers: said(question.id) })}</p>
          <div className="answers">
            {question.answers.map((a) => {
              const checked = (answers[String(question.id)] ?? []).includes(a.id);
              return (
                <label key={a.id} className={`choice${checked ? ' checked' : ''}`}>
                  <input
                    type={question.multi_choice ? 'checkbox' : 'radio'}
                    name={`${id}-q${question.id}`}
                    checked={checked}
                    onChange={() => pick(question.id, a.id, question.multi_choice)}
                  />
                  {a.name}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <fieldset className="question">
        <legend>{m('functional')}</legend>
        {TESTS.map((t) => (
          <div className="field fac-inline" key={t}>
            <label htmlFor={`${id}-t-${t}`}>{m(`t_${t}`)}</label>
            <select id={`${id}-t-${t}`} value={tests[t]} onChange={(e) => setTests({ ...tests, [t]: e.target.value as Result })}>
              {(['pass', 'fail', 'not_tested'] as const).map((r) => (
                <option key={r} value={r}>
                  {m(r)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <fieldset className="question">
        <legend>{m('findMy')}</legend>
        <p className="hint">{m('declared', { value: m(form.fmip_declared === 'Activated' ? 'Activated' : 'NotActivated') })}</p>
        {(['NotActivated', 'Activated'] as const).map((v) => (
          <label key={v} className={`choice${fmip === v ? ' checked' : ''}`}>
            <input type="radio" name={`${id}-fmip`} checked={fmip === v} onChange={() => setFmip(v)} />
            {m(v)}
          </label>
        ))}
      </fieldset>
      <fieldset className="question">
        <legend>{m('erasure')}</legend>
        <label className="choice">
          <input type="checkbox" checked={erased} onChange={(e) => setErased(e.target.checked)} />
          {m('erasureDone')}
        </label>
        {erased ? (
          <div className="fac-two">
            <div className="field">
              <label htmlFor={`${id}-em`}>{m('method')}</label>
              <select id={`${id}-em`} value={erasure.method} onChange={(e) => setErasure({ ...erasure, method: e.target.value })}>
                <option value="Clear">Clear</option>
                <option value="Purge">Purge</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-et`}>{m('erasureTool')}</label>
              <input id={`${id}-et`} value={erasure.tool} required onChange={(e) => setErasure({ ...erasure, tool: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-eo`}>{m('operator')}</label>
              <input id={`${id}-eo`} value={erasure.operator} required onChange={(e) => setErasure({ ...erasure, operator: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-ev`}>{m('verification')}</label>
              <select
                id={`${id}-ev`}
                value={erasure.verification}
                onChange={(e) => setErasure({ ...erasure, verification: e.target.value as 'Passed' | 'Failed' })}
              >
                <option value="Passed">{m('Passed')}</option>
                <option value="Failed">{m('Failed')}</option>
              </select>
            </div>
          </div>
        ) : null}
      </fieldset>
      <PhotoPicker questions={q.map((x) => ({ id: x.id, label: x.label }))} photos={photos} onChange={setPhotos} />
      <div className="field">
        <label htmlFor={`${id}-notes`}>{m('notes')}</label>
        <textarea id={`${id}-notes`} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />
      </div>
      <ErrorText error={error} />
      <div className="actions sticky">
        <button type="submit" className="primary" disabled={busy}>
          {m('saveInspection')}
        </button>
      </div>
    </form>
  );
}
