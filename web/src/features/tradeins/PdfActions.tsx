import { api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { PdfButtons } from '../print/PdfButtons';

/** Open (print from the viewer) or download the trade-in PDF through a fresh signed link. */
export function PdfActions({ tradeInId }: { tradeInId: number }) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const load = async () => {
    const { url } = unwrap(await api.GET('/api/{tenant}/tradeins/{id}/pdf_link', { params: { path: { tenant: slug, id: tradeInId } } }));
    const res = await fetch(url);
    if (!res.ok) throw new Error(res.statusText);
    return res.blob();
  };
  return <PdfButtons load={load} fileName={`tradein-${tradeInId}.pdf`} openLabel={`${t('pdf')} / ${t('print')}`} downloadLabel={t('downloadPdf')} />;
}
