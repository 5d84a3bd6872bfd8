import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Link } from '../../app/ui';
import { PdfActions } from './PdfActions';
import { Timeline } from './Timeline';

/** "My trade-ins": each device with its timeline, final valuation and the PDF. */
export function MyTradeIns() {
  const { t, money, date } = useI18n();
  const { slug } = useTenant();
  const list = useQuery({
    queryKey: ['my-tradeins', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/tradeins', { params: { path: { tenant: slug }, query: {} } })).results,
  });
  const orders = useQuery({
    queryKey: ['order-tradeins', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/order_tradeins', { params: { path: { tenant: slug } } })).results,
  });
  return (
    <section aria-labelledby="my-h">
      <h1 id="my-h">{t('myTradeIns')}</h1>
      <ErrorText error={list.error} />
      {list.data && list.data.length === 0 ? <p>{t('noTradeIns')}</p> : null}
      <ul className="cards">
        {list.data?.map((ti) => (
          <li key={`${ti.kind}-${ti.id}`} className="card">
            <h2>
              #{ti.id} · {t('created', { date: date(ti.created_at) })}
            </h2>
            {ti.devices.map((d) => (
              <div key={d.id} className="device">
                <p>
                  <strong>{d.product_name}</strong> · {d.grade} · {money(d.price, d.currency)}
                </p>
                <Timeline device={d} />
                {d.final_price !== null ? (
                  <p>
                    {t('finalPrice')}: <strong>{money(d.final_price, d.currency)}</strong> {d.final_reason ? `(${d.final_reason})` : ''}
                  </p>
                ) : null}
              </div>
            ))}
            {ti.status !== 'Cancelled' ? <PdfActions tradeInId={ti.id} /> : null}
          </li>
        ))}
      </ul>
      {orders.data && orders.data.length > 0 ? (
        <>
          <h2>{t('orderTradeIns')}</h2>
          <ul className="cards">
            {orders.data.map((o) => (
              <li key={o.order_item_id} className="card">
                <p>
                  <strong>{o.product_name}</strong> · {o.order_number}
                </p>
                <p>
                  {t('offered')}: {money(o.offered_price, o.currency)}
                  {o.final_price !== null ? ` · ${t('finalPrice')}: ${money(o.final_price, o.currency)}` : ''}
                </p>
                {o.awaits_decision ? <Link href={`/decision/${o.order_item_id}`}>{t('decisionTitle')}</Link> : null}
                {o.decision ? <p>{t('decided', { decision: t(`decision.${o.decision}`) })}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
