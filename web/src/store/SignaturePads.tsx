import SignaturePad from 'signature_pad';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n';
import { useTenant } from '../app/tenant';
import { ErrorText } from '../app/ui';

function Pad({ label, padRef }: { label: string; padRef: React.MutableRefObject<SignaturePad | null> }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current!;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    c.width = c.offsetWidth * ratio;
    c.height = c.offsetHeight * ratio;
    c.getContext('2d')!.scale(ratio, ratio);
    const pad = new SignaturePad(c, { backgroundColor: 'rgb(255,255,255)', penColor: '#111' });
    padRef.current = pad;
    return () => pad.off();
  }, [padRef]);
  return (
    <figure className="pad">
      <figcaption>{label}</figcaption>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={label} />
      <button type="button" onClick={() => padRef.current?.clear()}>
        {t('clear')}
      </button>
    </figure>
  );
}

/** A data: URL's bytes (fetching data: URLs is outside the CSP's connect-src). */
function pngBlob(dataUrl: string): Blob {
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

/** Customer and agent sign on screen; the PNGs go to the trade-in's signature endpoints. */
export function SignaturePads({ tradeInId, onSaved }: { tradeInId: number; onSaved(): void }) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const client = useRef<SignaturePad | null>(null);
  const agent = useRef<SignaturePad | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!client.current || !agent.current || client.current.isEmpty() || agent.current.isEmpty()) {
      setError(new Error(t('drawFirst')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      for (const [role, pad] of [
        ['client', client.current],
        ['agent', agent.current],
      ] as const) {
        const blob = pngBlob(pad.toDataURL('image/png'));
        const body = new FormData();
        body.append('file', blob, `${role}.png`);
        // Multipart is sent with fetch (openapi-fetch serialises JSON); the path is the typed route.
        const csrf = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        const res = await fetch(`/api/${encodeURIComponent(slug)}/tradeins/${tradeInId}/signatures/${role}`, {
          method: 'POST',
          body,
          headers: { 'x-csrftoken': decodeURIComponent(csrf) },
          credentials: 'same-origin',
        });
        if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { message?: string }).message ?? res.statusText);
      }
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="sign-h">
      <h2 id="sign-h">{t('sign')}</h2>
      <div className="pads">
        <Pad label={t('clientSignature')} padRef={client} />
        <Pad label={t('agentSignature')} padRef={agent} />
      </div>
      <ErrorText error={error} />
      <button type="button" className="primary" disabled={busy} onClick={save}>
        {t('saveSignatures')}
      </button>
    </section>
  );
}
