import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { PdfButtons, pdfOf } from '../print/PdfButtons';

/**
 * The point of sale's packing: today's registered devices of the location go into a package;
 * the package is shipped (its shipment and label made by the server) and its label printed.
 */
export function Packing() {
  const { t, date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const today = useQuery({
    queryKey: ['today', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/tradeins', { params: { path: { tenant: slug }, query: { today: 'true' } } })).results,
  });
  const packages = useQuery({
    queryKey: ['packages', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/web/packages', { params: { path: { tenant: slug } } })).results,
  });
  // Devices still at the counter (the server decides again whether each may be packed).
  const devices = (today.data ?? [])
    .filter((ti) => ti.kind === 'final')
    .flatMap((ti) => ti.devices.filter((d) => d.status === 'Registered').map((d) => ({ ...d, tradeInId: ti.id })));
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['today'] });
    await qc.invalidateQueries({ queryKey: ['packages'] });
  };
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const pack = () =>
    run(async () => {
      unwrap(await api.POST('/api/{tenant}/web/packages', { params: { path: { tenant: slug } }, body: { device_ids: chosen } }));
      setChosen([]);
      await refresh();
    });
  const ship = (packageId: number) =>
    run(async () => {
      unwrap(await api.POST('/api/{tenant}/web/packages/{id}/label', { params: { path: { tenant: slug, id: packageId } } }));
      await refresh();
    });
  // The label route answers the existing label (it makes one only when it is missing).
  const loadLabel = async (packageId: number) => {
    const { shipment_id } = unwrap(await api.POST('/api/{tenant}/web/packages/{id}/label', { params: { path: { tenant: slug, id: packageId } } }));
    return pdfOf(await api.GET('/api/{tenant}/web/shipments/{id}/label', { params: { path: { tenant: slug, id: shipment_id } }, parseAs: 'blob' }));
  };

  return (
    <section aria-labelledby="pack-h">
      <h2 id="pack-h">{t('packTitle')}</h2>
      <ErrorText error={today.error ?? packages.error ?? error} />
      <form className="card" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="question">
          <legend>{t('packDevices')}</legend>
          {today.data && devices.length === 0 ? <p>{t('packNone')}</p> : null}
          {devices.map((d) => (
            <label key={d.id} className={chosen.includes(d.id) ? 'choice checked' : 'choice'}>
              <input
                type="checkbox"
                name="device"
                value={d.id}
                checked={chosen.includes(d.id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))}
              />
              <span>
                #{d.tradeInId} · {d.product_name} <span className="muted">{d.device_identifier}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={() => void pack()}>
            {t('packCreate')}
          </button>
        </div>
      </form>
      <h2>{t('packages')}</h2>
      {packages.data && packages.data.length === 0 ? <p>{t('packageNone')}</p> : null}
      <table className="today">
        <thead>
          <tr>
            <th scope="col">{t('packageId')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('device')}</th>
            <th scope="col">
              <span className="sr-only">{t('labelTitle')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packages.data?.map((p) => {
            return (
              <tr key={p.id}>
                <td>
                  <strong>{p.identifier}</strong>
                  <div className="muted">{date(p.created_at, true)}</div>
                </td>
                <td>{t(`package.${p.status}`)}</td>
                <td>{t('devicesCount', { n: p.device_ids.length })}</td>
                <td className="row-actions">
                  {p.status === 'Open' ? (
                    <button type="button" className="primary" disabled={busy} onClick={() => void ship(p.id)}>
                      {t('shipPackage')} <span className="sr-only">{p.identifier}</span>
                    </button>
                  ) : null}
                  {p.status !== 'Open' && p.status !== 'Cancelled' ? (
                    <PdfButtons
                      load={() => loadLabel(p.id)}
                      fileName={`${p.identifier}-label.pdf`}
                      openLabel={t('printLabel')}
                      downloadLabel={t('downloadLabel')}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
