import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { logisticsMessages } from './messages';

type Shipment = { id: number; name: string; status: string; package_ids: number[]; has_label: boolean };

/** One shipment: print (open the PDF), re-print, cancel the label, its status history. */
export function ShipmentRow({ s, onChange }: { s: Shipment; onChange(): void }) {
  const m = useMessages(logisticsMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const [pdf, setPdf] = useState<string | null>(null);
  const [history, setHistory] = useState<{ status: string; source: string | null; occurred_at: string }[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const path = { tenant: slug, id: s.id };
  const run = (f: () => Promise<void>) => async () => {
    setError(null);
    try {
      await f();
    } catch (err) {
      setError(err);
    }
  };
  const open = (url: string) => {
    setPdf(url);
    window.open(url, '_blank', 'noopener');
  };
  return (
    <tr>
      <td>{s.name}</td>
      <td>{s.status}</td>
      <td>{s.package_ids.join(', ')}</td>
      <td>
        <div className="fac-inline">
          {s.status === 'Ready' ? (
            <button
              type="button"
              className="primary"
              onClick={run(
                async () => (open(unwrap(await api.POST('/api/{tenant}/admin/logistics/shipments/{id}/label', { params: { path } })).url), onChange()),
              )}
            >
              {m('printLabel')}
            </button>
          ) : null}
          {s.has_label && s.status !== 'Cancelled' ? (
            <button
              type="button"
              onClick={run(async () => open(unwrap(await api.GET('/api/{tenant}/admin/logistics/shipments/{id}/label', { params: { path } })).url))}
            >
              {m('reprint')}
            </button>
          ) : null}
          {s.status === 'LabelCreated' ? (
            <button
              type="button"
              className="danger"
              onClick={run(async () => (unwrap(await api.POST('/api/{tenant}/admin/logistics/shipments/{id}/label/cancel', { params: { path } })), onChange()))}
            >
              {m('cancelLabel')}
            </button>
          ) : null}
          <button
            type="button"
            className="link"
            onClick={run(async () => setHistory(unwrap(await api.GET('/api/{tenant}/admin/shipments/{id}/history', { params: { path } }))))}
          >
            {m('history')}
          </button>
          {pdf ? (
            <a href={pdf} target="_blank" rel="noreferrer">
              {m('openPdf')}
            </a>
          ) : null}
        </div>
        {history ? (
          <ol className="timeline">
            {history.map((h, i) => (
              <li key={i}>{`${h.status} · ${h.source ?? ''} · ${date(h.occurred_at, true)}`}</li>
            ))}
          </ol>
        ) : null}
        <ErrorText error={error} />
      </td>
    </tr>
  );
}
