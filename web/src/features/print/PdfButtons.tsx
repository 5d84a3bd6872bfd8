import { useState } from 'react';
import { ErrorText } from '../../app/ui';

/** Saves a blob under `fileName` (a download the browser keeps). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Open (to print from the browser's PDF viewer) and download buttons for a PDF the server makes;
 * `load` fetches it through the typed client (or a fresh signed link).
 */
export function PdfButtons({
  load,
  fileName,
  openLabel,
  downloadLabel,
}: {
  load(): Promise<Blob>;
  fileName: string;
  openLabel: string;
  downloadLabel: string;
}) {
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    // The tab opens at once (a popup after an await is blocked), then shows the PDF.
    const tab = window.open('', '_blank');
    try {
      setError(null);
      const url = URL.createObjectURL(await load());
      if (tab) tab.location.href = url;
      else window.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      tab?.close();
      setError(err);
    }
  };
  const download = async () => {
    try {
      setError(null);
      downloadBlob(await load(), fileName);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="actions">
      <button type="button" onClick={() => void open()}>
        {openLabel}
      </button>
      <button type="button" onClick={() => void download()}>
        {downloadLabel}
      </button>
      <ErrorText error={error} />
    </div>
  );
}

/** The PDF of an openapi-fetch answer read with `parseAs: 'blob'`. */
export function pdfOf(result: { data?: Blob; error?: unknown; response: Response }): Blob {
  if (!result.response.ok || !result.data) throw new Error(result.response.statusText || String(result.response.status));
  return result.data;
}
