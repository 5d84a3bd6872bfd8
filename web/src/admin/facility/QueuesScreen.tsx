import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Link } from '../../app/ui';
import { DataTable } from '../DataTable';
import { facilityMessages } from './messages';
import { QueueActions } from './QueueActions';
import { ReturnForm } from './ReturnForm';
import { LEAD_QUEUES, QUEUES, type Queue } from './queues';
import { useLoad } from './useLoad';

/** The bench's queues: awaiting inspection, reports to send, awaiting the customer, payouts, returns. */
export function QueuesScreen() {
  const m = useMessages(facilityMessages);
  const { slug, user } = useTenant();
  const queues = QUEUES.filter((q) => user?.role !== 'technician' || !LEAD_QUEUES.includes(q));
  const [queue, setQueue] = useState<Queue>('Received');
  const [n, setN] = useState(0);
  const [returning, setReturning] = useState<number | null>(null);
  const [made, setMade] = useState<{ deviceId: number; labelUrl: string | null; manual: boolean } | null>(null);
  const { data, error } = useLoad(
    async () => unwrap(await api.GET('/api/{tenant}/admin/facility/devices', { params: { path: { tenant: slug }, query: { status: queue, limit: 100 } } })),
    `${slug}-${queue}-${n}`,
  );
  return (
    <section aria-labelledby="fac-q-h">
      <h1 id="fac-q-h">{m('queues')}</h1>
      <div className="actions" role="group" aria-label={m('queues')}>
        {queues.map((q) => (
          <button
            key={q}
            type="button"
            className={q === queue ? 'primary' : undefined}
            aria-pressed={q === queue}
            onClick={() => {
              setQueue(q);
              setReturning(null);
              setMade(null);
            }}
          >
            {m(`q${q}`)}
          </button>
        ))}
      </div>
      <ErrorText error={error} />
      {data && data.results.length === 0 ? <p className="muted">{m('empty')}</p> : null}
      {data && data.results.length > 0 ? (
        <DataTable
          className="fac-table"
          caption={m(`q${queue}`)}
          captionHidden
          rows={data.results}
          rowKey={(d) => d.device_id}
          columns={[
            { header: m('device'), cell: (d) => <Link href={`/admin/facility/devices/${d.device_id}`}>{`#${d.device_id} ${d.product_name}`}</Link> },
            { header: m('identifier'), cell: (d) => d.identifier },
            { header: m('offered'), numeric: true, cell: (d) => `${d.offered_price} ${d.currency}` },
            { header: m('final'), numeric: true, cell: (d) => (d.final_price ? `${d.final_price} ${d.currency}` : '') },
            {
              header: m('actions'),
              cell: (d) => <QueueActions queue={queue} device={d} onDone={() => setN((x) => x + 1)} onReturn={() => setReturning(d.device_id)} />,
            },
          ]}
        />
      ) : null}
      {queue === 'ReturnRequested' && returning !== null ? (
        <ReturnForm
          key={returning}
          deviceId={returning}
          onCancel={() => setReturning(null)}
          onCreated={(r) => {
            setMade({ deviceId: returning, ...r });
            setReturning(null);
          }}
        />
      ) : null}
      {made ? (
        <p role="status" className="fac-inline">
          {made.labelUrl ? (
            <a href={made.labelUrl} target="_blank" rel="noreferrer">
              {m('labelReadyFor', { id: made.deviceId })}
            </a>
          ) : (
            m('manualReturn')
          )}
        </p>
      ) : null}
    </section>
  );
}
