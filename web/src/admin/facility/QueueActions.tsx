import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText, Link } from '../../app/ui';
import { facilityMessages } from './messages';
import type { Queue } from './queues';

type Method = 'store_credit' | 'gift_card' | 'bank_transfer';

/** What can be done from a queue's row: inspect, pay out, return label, mark returned. */
export function QueueActions({
  queue,
  device,
  onDone,
  onReturn,
}: {
  queue: Queue;
  device: { device_id: number; product_name: string };
  onDone(): void;
  /** Opens the return address form of this device (the label is made there). */
  onReturn(): void;
}) {
  const m = useMessages(facilityMessages);
  const { slug } = useTenant();
  const id = useId();
  const [method, setMethod] = useState<Method>('store_credit');
  const [ref, setRef] = useState('');
  const [bank, setBank] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const path = { tenant: slug, id: device.device_id };
  const run = async (f: () => Promise<void>) => {
    setError(null);
    try {
      await f();
    } catch (err) {
      setError(err);
    }
  };
  if (queue === 'Received' || queue === 'Inspected' || queue === 'Valuated') {
    return (
      <Link href={`/admin/facility/devices/${device.device_id}`}>
        {m(queue === 'Valuated' ? 'open' : 'inspect')}
        <span className="sr-only">{` #${device.device_id}`}</span>
      </Link>
    );
  }
  if (queue === 'Accepted') {
    const pay = () =>
      run(async () => {
        const p = unwrap(
          await api.POST('/api/{tenant}/admin/facility/devices/{id}/payout', {
            params: { path },
            body: { method, customer_ref: ref || null, bank_account: bank || null },
          }),
        );
        setNote(m('paid', { amount: p.amount, currency: p.currency }));
        onDone();
      });
    return (
      <div className="fac-inline">
        <label htmlFor={`${id}-m`} className="sr-only">
          {m('method')}
        </label>
        <select id={`${id}-m`} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
          {(['store_credit', 'gift_card', 'bank_transfer'] as const).map((x) => (
            <option key={x} value={x}>
              {m(x)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-r`} className="sr-only">
          {m('customerRef')}
        </label>
        <input id={`${id}-r`} placeholder={m('customerRef')} value={ref} onChange={(e) => setRef(e.target.value)} />
        {method === 'bank_transfer' ? (
          <>
            <label htmlFor={`${id}-b`} className="sr-only">
              {m('bankAccount')}
            </label>
            <input id={`${id}-b`} placeholder={m('bankAccount')} value={bank} onChange={(e) => setBank(e.target.value)} />
          </>
        ) : null}
        <button type="button" className="primary" onClick={() => void pay()}>
          {m('payOut')}
        </button>
        {note ? <span role="status">{note}</span> : null}
        <ErrorText error={error} />
      </div>
    );
  }
  const returned = () =>
    run(async () => {
      unwrap(await api.POST('/api/{tenant}/admin/facility/devices/{id}/returned', { params: { path } }));
      onDone();
    });
  return (
    <div className="fac-inline">
      <button type="button" onClick={onReturn}>
        {m('returnLabel')}
        <span className="sr-only">{` #${device.device_id}`}</span>
      </button>
      <button type="button" onClick={() => void returned()}>
        {m('markReturned')}
      </button>
      {note ? <span role="status">{note}</span> : null}
      <ErrorText error={error} />
    </div>
  );
}
