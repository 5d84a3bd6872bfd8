import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Link } from '../../app/ui';
import { facilityMessages } from './messages';
import { QueueActions } from './QueueActions';
import { LEAD_QUEUES, QUEUES, type Queue } from './queues';
import { useLoad } from './useLoad';

/** The bench's queues: awaiting inspection, reports to send, awaiting the customer, payouts, returns. */
export function QueuesScreen() {
  const m = useMessages(facilityMessages);
  const { slug, user } = useTenant();
  const queues = QUEUES.filter((q) => user?.role !== 'technician' || !LEAD_QUEUES.includes(q));
  const [queue, setQueue] = useState<Queue>('Received');
  const [n, setN] = useState(0);
  const { data, error } = useLoad(
    async () => unwrap(await api.GET('/api/{tenant}/admin/facility/devices', { params: { path: { tenant: slug }, query: { status: queue, limit: 100 } } })),
    `${slug}-${queue}-${n}`,
  );
  return (
    <section aria-labelledby="fac-q-h">
      <h1 id="fac-q-h">{m('queues')}</h1>
      <div className="actions" role="group" aria-label={m('queues')}>
        {queues.map((q) => (
          <button key={q} type="button" className={q === queue ? 'primary' : undefined} aria-pressed={q === queue} onClick={() => setQueue(q)}>
            {m(`q${q}`)}
          </button>
        ))}
      </div>
      <ErrorText error={error} />
      {data && data.results.length === 0 ? <p className="muted">{m('empty')}</p> : null}
      {data && data.results.length > 0 ? (
        <table className="fac-table">
          <caption className="sr-only">{m(`q${queue}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{m('device')}</th>
              <th scope="col">{m('identifier')}</th>
              <th scope="col">{m('offered')}</th>
              <th scope="col">{m('final')}</th>
              <th scope="col">{m('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.results.map((d) => (
              <tr key={d.device_id}>
                <td>
                  <Link href={`/admin/facility/devices/${d.device_id}`}>{`#${d.device_id} ${d.product_name}`}</Link>
                </td>
                <td>{d.identifier}</td>
                <td>{`${d.offered_price} ${d.currency}`}</td>
                <td>{d.final_price ? `${d.final_price} ${d.currency}` : ''}</td>
                <td>
                  <QueueActions queue={queue} device={d} onDone={() => setN((x) => x + 1)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
