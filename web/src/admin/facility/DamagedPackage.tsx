import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { facilityMessages } from './messages';
import { uploadPhoto } from './photos';

/** Records a damaged package: its barcode, photos of the damage and a note. */
export function DamagedPackage({ code, onSaved }: { code: string; onSaved(): void }) {
  const m = useMessages(facilityMessages);
  const { slug } = useTenant();
  const id = useId();
  const [pkgCode, setPkgCode] = useState(code);
  const [files, setFiles] = useState<File[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      const photoIds = [];
      for (const f of files) photoIds.push(await uploadPhoto(slug, f, 'damage'));
      unwrap(
        await api.POST('/api/{tenant}/admin/facility/packages/damaged', {
          params: { path: { tenant: slug } },
          body: { package_code: pkgCode || code, photo_ids: photoIds, note: note || null },
        }),
      );
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="card">
      <summary>{m('damaged')}</summary>
      <div className="field">
        <label htmlFor={`${id}-c`}>{m('packageCode')}</label>
        <input id={`${id}-c`} value={pkgCode || code} onChange={(e) => setPkgCode(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-f`}>{m('damagedPhotos')}</label>
        <input id={`${id}-f`} type="file" accept="image/*" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>{m('note')}</label>
        <textarea id={`${id}-n`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </div>
      <button type="button" onClick={() => void save()} disabled={files.length === 0}>
        {m('reportDamage')}
      </button>
      {saved ? <p role="status">{m('damageSaved')}</p> : null}
      <ErrorText error={error} />
    </details>
  );
}
