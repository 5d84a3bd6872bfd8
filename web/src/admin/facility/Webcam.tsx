import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../app/i18n';
import { facilityMessages } from './messages';

/** A webcam preview (getUserMedia) that hands each photo taken (canvas → JPEG) to `onPhoto`. */
export function Webcam({ onPhoto, disabled }: { onPhoto(blob: Blob): void; disabled?: boolean }) {
  const m = useMessages(facilityMessages);
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (stream && video.current) {
      video.current.srcObject = stream;
      void video.current.play().catch(() => undefined);
    }
    return () => stream?.getTracks().forEach((tr) => tr.stop());
  }, [stream]);
  const start = async () => {
    setError(null);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 }, audio: false }));
    } catch (err) {
      setError((err as Error).message || String(err));
    }
  };
  const take = () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    canvas.toBlob((blob) => blob && onPhoto(blob), 'image/jpeg', 0.9);
  };
  return (
    <div className="fac-webcam">
      {error ? (
        <p className="error" role="alert">
          {m('cameraError', { message: error })}
        </p>
      ) : null}
      {stream ? (
        <>
          <video ref={video} muted playsInline aria-label={m('webcam')} />
          <div className="actions">
            <button type="button" className="primary" onClick={take} disabled={disabled}>
              {m('takePhoto')}
            </button>
            <button type="button" onClick={() => setStream(null)}>
              {m('stopCamera')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" onClick={() => void start()}>
          {m('startCamera')}
        </button>
      )}
    </div>
  );
}
