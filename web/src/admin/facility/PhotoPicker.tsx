import { useId, useState } from 'react';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { facilityMessages } from './messages';
import { uploadPhoto } from './photos';
import { Webcam } from './Webcam';

export interface BenchPhoto {
  photo_id: string;
  question_id: number | null;
  angle: string;
  preview: string;
}
export const ANGLES = ['front', 'back', 'side', 'screen', 'defect'] as const;

/** Photos by webcam or file, each attached to the answer it proves (or none) and a side of the device. */
export function PhotoPicker({
  questions,
  photos,
  onChange,
}: {
  questions: { id: number; label: string }[];
  photos: BenchPhoto[];
  onChange(p: BenchPhoto[]): void;
}) {
  const m = useMessages(facilityMessages);
  const { slug } = useTenant();
  const id = useId();
  const [question, setQuestion] = useState<string>('');
  const [angle, setAngle] = useState<string>('front');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const add = async (blob: Blob) => {
    setBusy(true);
    setError(null);
    try {
      const photoId = await uploadPhoto(slug, blob, angle);
      onChange([...photos, { photo_id: photoId, question_id: question ? Number(question) : null, angle, preview: URL.createObjectURL(blob) }]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const what = (q: number | null) => questions.find((x) => x.id === q)?.label ?? m('noAnswer');
  return (
    <fieldset className="question">
      <legend>{m('photos')}</legend>
      <div className="fac-two">
        <div className="field">
          <label htmlFor={`${id}-q`}>{m('proves')}</label>
          <select id={`${id}-q`} value={question} onChange={(e) => setQuestion(e.target.value)}>
            <option value="">{m('noAnswer')}</option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-a`}>{m('angle')}</label>
          <select id={`${id}-a`} value={angle} onChange={(e) => setAngle(e.target.value)}>
            {ANGLES.map((a) => (
              <option key={a} value={a}>
                {m(`a_${a}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Webcam onPhoto={(b) => void add(b)} disabled={busy} />
      <div className="field">
        <label htmlFor={`${id}-f`}>{m('uploadFile')}</label>
        <input id={`${id}-f`} type="file" accept="image/*" onChange={(e) => e.target.files?.[0] && void add(e.target.files[0])} />
      </div>
      <ErrorText error={error} />
      <ul className="fac-photos">
        {photos.map((p, i) => {
          const label = m('photoFor', { n: i + 1, what: what(p.question_id), side: m(`a_${p.angle as (typeof ANGLES)[number]}`) });
          return (
            <li key={p.photo_id}>
              <img src={p.preview} alt={label} width={120} />
              <span>{label}</span>
              <button type="button" className="link" onClick={() => onChange(photos.filter((x) => x !== p))}>
                {m('remove')}
                <span className="sr-only">{` ${label}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
