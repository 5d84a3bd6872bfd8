import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import type { TradeIn } from '../api/types';
import { useI18n } from '../app/i18n';
import { useTenant } from '../app/tenant';
import { ErrorText } from '../app/ui';
import { PdfActions } from '../features/tradeins/PdfActions';

/** Today's trade-ins at the agent's location: cancel (after confirming), confirm temporary ones, PDF. */
export function TodayList() {
  const { t, money, date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [asking, setAsking] = useState<TradeIn | null>(null);
  const list = useQuery({
    queryKey: ['today', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/tradeins', { params: { path: { tenant: slug }, query: { today: 'true' } } })).results,
  });
  const act = useMutation({
    mutationFn: async ({ ti, action }: { ti: TradeIn; action: 'cancel' | 'confirm' }) => {
      const path = { tenant: slug, id: ti.id };
      if (ti.kind === 'temporary' && action === 'confirm') return unwrap(await api.POST('/api/{tenant}/tradeins/temp/{id}/confirm', { params: { path } }));
      if (ti.kind === 'temporary') return unwrap(await api.POST('/api/{tenant}/tradeins/temp/{id}/cancel', { params: { path } }));
      return unwrap(await api.POST('/api/{tenant}/tradeins/{id}/cancel', { params: { path } }));
    },
    onSettled: async () => {
      setAsking(null);
      await qc.invalidateQueries({ queryKey: ['today'] });
    },
  });
  return (
    <section aria-labelledby="today-h">
      <h2 id="today-h">{t('today')}</h2>
      <ErrorText error={list.error ?? act.error} />
      {list.data && list.data.length === 0 ? <p>{t('noTradeIns')}</p> : null}
      <table className="today">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('device')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('price')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">
              <span className="sr-only">{t('next')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data?.map((ti) => (
            <tr key={`${ti.kind}-${ti.id}`}>
              <td>{ti.id}</td>
              <td>
                {ti.devices.map((d) => (
                  <div key={d.id}>
                    {d.product_name} <span className="muted">{d.device_identifier}</span>
                  </div>
                ))}
              </td>
              <td>{[ti.client_first_name, ti.client_last_name].filter(Boolean).join(' ')}</td>
              <td>{money(ti.total, ti.currency)}</td>
              <td>
                {ti.status}
                {ti.expires_at && ti.status === 'Temporary' ? <div className="muted">{date(ti.expires_at, true)}</div> : null}
              </td>
              <td className="row-actions">
                {ti.kind === 'temporary' && ti.status === 'Temporary' ? (
                  <button type="button" onClick={() => act.mutate({ ti, action: 'confirm' })}>
                    {t('confirmTemp')}
                  </button>
                ) : null}
                {ti.status === 'Registered' || ti.status === 'Temporary' ? (
                  <button type="button" className="danger" onClick={() => setAsking(ti)}>
                    {t('cancel')}
                  </button>
                ) : null}
                {ti.kind === 'final' && ti.status !== 'Cancelled' ? <PdfActions tradeInId={ti.id} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {asking ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="cancel-q" className="dialog">
          <p id="cancel-q">{t('confirmCancel', { id: asking.id })}</p>
          <div className="actions">
            <button type="button" className="danger" autoFocus onClick={() => act.mutate({ ti: asking, action: 'cancel' })}>
              {t('yes')}
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              {t('no')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
