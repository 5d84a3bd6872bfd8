import { useId, useState } from 'react';
import { useMessages } from '../../app/i18n';
import { Scanner } from '../../store/Scanner';
import { facilityMessages } from './messages';

/**
 * One code at a time: typed, or scanned by a keyboard-wedge handheld into the focused field (it
 * types the code and Enter), or read by the camera (IMEI barcodes) when `camera` is set.
 */
export function CodeForm({
  label,
  submit,
  onCode,
  camera,
  busy,
}: {
  label: string;
  submit: string;
  onCode(code: string): Promise<void> | void;
  camera?: boolean;
  busy?: boolean;
}) {
  const m = useMessages(facilityMessages);
  const id = useId();
  const [value, setValue] = useState('');
  const [scanning, setScanning] = useState(false);
  const send = (code: string) => {
    const c = code.trim();
    if (!c) return;
    setValue('');
    void onCode(c);
  };
  return (
    <form
      className="fac-code"
      onSubmit={(e) => {
        e.preventDefault();
        send(value);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" aria-describedby={`${id}-hint`} />
        <small id={`${id}-hint`} className="hint">
          {m(camera ? 'scanHint' : 'scanHintTyped')}
        </small>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submit}
        </button>
        {camera && !scanning ? (
          <button type="button" onClick={() => setScanning(true)}>
            {m('camera')}
          </button>
        ) : null}
      </div>
      {scanning ? (
        <Scanner
          onCode={(code) => {
            setScanning(false);
            send(code);
          }}
          onClose={() => setScanning(false)}
        />
      ) : null}
    </form>
  );
}
