import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { facilityMessages } from './messages';

type View = { device_id: number; status: string; currency: string; final_price: string | null };

/**
 * The customer's status page, rendered by the server exactly as the customer will get it (framed
 * from the same origin), before the valuation is sent; then send it and hand out the link.
 */
export function ReportPreview({ device, onSent }: { device: View; onSent(): void }) {
  const m = useMessages(facilityMessages);
  const { locale } = useI18n();
  const { slug } = useTenant();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const sent = device.status === 'Valuated';
  const path = { tenant: slug, id: device.device_id };
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      unwrap(await api.POST('/api/{tenant}/admin/facility/devices/{id}/final-valuation', { params: { path }, body: {} }));
      onSent();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const makeLink = async () => {
    setError(null);
    try {
      setLink(unwrap(await api.POST('/api/{tenant}/admin/facility/devices/{id}/status-link', { params: { path } })).url);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card" aria-labelledby="fac-prev-h">
      <h2 id="fac-prev-h">{m('previewTitle')}</h2>
      {sent ? null : (
        <iframe
          className="fac-preview"
          title={m('previewFrame')}
          src={`/api/${encodeURIComponent(slug)}/admin/facility/devices/${device.device_id}/report-preview?lang=${locale}&v=${device.status}`}
        />
      )}
      <ErrorText error={error} />
      {sent ? (
        <>
          <p role="status">{m('sent', { price: device.final_price ?? '', currency: device.currency })}</p>
          <div className="actions">
            <button type="button" onClick={() => void makeLink()}>
              {m('makeLink')}
            </button>
            {link ? (
              <a href={link} target="_blank" rel="noreferrer">
                {m('openCustomerPage')}
              </a>
            ) : null}
          </div>
        </>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void send()} disabled={busy}>
            {m('send')}
          </button>
        </div>
      )}
    </section>
  );
}
