import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

/**
 * The browser's BarcodeDetector where it has one, else the maintained `barcode-detector`
 * polyfill (ZXing-C++ as WASM, served by us: no CDN).
 */
async function createDetector(): Promise<Detector> {
  const formats = ['code_128', 'ean_13', 'qr_code', 'data_matrix'];
  const native = (globalThis as { BarcodeDetector?: { new (o: object): Detector; getSupportedFormats?: () => Promise<string[]> } }).BarcodeDetector;
  if (native?.getSupportedFormats && (await native.getSupportedFormats()).includes('code_128')) return new native({ formats });
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });
  return new BarcodeDetector({ formats: formats as never });
}

/** Camera preview that reports the first IMEI-like code it sees (15 digits). */
export function Scanner({ onCode, onClose }: { onCode(code: string): void; onClose(): void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped) return;
        const v = video.current!;
        v.srcObject = stream;
        await v.play();
        const detector = await createDetector();
        const tick = async () => {
          if (stopped) return;
          try {
            if (v.readyState >= 2) {
              const codes = await detector.detect(v);
              const hit = codes.map((c) => c.rawValue.replace(/\D/g, '')).find((c) => c.length === 15);
              if (hit) {
                onCode(hit);
                return;
              }
            }
          } catch {
            // a frame that cannot be read: try the next one
          }
          timer = setTimeout(tick, 120);
        };
        void tick();
      } catch (err) {
        if (!stopped) setError((err as Error).message || String(err));
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [onCode]);
  return (
    <div className="scanner">
      <p role="status">{error ? t('cameraError', { message: error }) : t('scanning')}</p>
      <video ref={video} muted playsInline aria-label={t('scanning')} />
      <button type="button" onClick={onClose}>
        {t('stopScan')}
      </button>
    </div>
  );
}
