import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';

/** Open (print from the viewer) or download the trade-in PDF through a fresh signed link. */
export function PdfActions({ tradeInId }: { tradeInId: number }) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const [error, setError] = useState<unknown>(null);
  const link = async () => unwrap(await api.GET('/api/{tenant}/tradeins/{id}/pdf_link', { params: { path: { tenant: slug, id: tradeInId } } })).url;
  const open = async () => {
    try {
      window.open(await link(), '_blank', 'noopener');
    } catch (err) {
      setError(err);
    }
  };
  const download = async () => {
    try {
      const res = await fetch(await link());
      if (!res.ok) throw new Error(res.statusText);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `tradein-${tradeInId}.pdf`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="actions">
      <button type="button" onClick={open}>
        {t('pdf')} / {t('print')}
      </button>
      <button type="button" onClick={download}>
        {t('downloadPdf')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}
