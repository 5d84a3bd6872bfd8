import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { useLoad } from '../facility/useLoad';
import { logisticsMessages } from './messages';
import { Picklist } from './Picklist';
import { ShipmentRow } from './ShipmentRow';

/**
 * The logistics desk: packing a store's registered devices at the end of the day, open packages
 * into shipments, labels and histories. An agent gets only their own stores (the server decides).
 */
export default function LogisticsArea() {
  const m = useMessages(logisticsMessages);
  const { slug } = useTenant();
  const id = useId();
  const [locationId, setLocationId] = useState<number | null>(null);
  const [devices, setDevices] = useState<number[]>([]);
  const [packages, setPackages] = useState<number[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [n, setN] = useState(0);
  const tenant = { tenant: slug };
  const locations = useLoad(async () => unwrap(await api.GET('/api/{tenant}/admin/logistics/locations', { params: { path: tenant } })).results, slug);
  const at = locationId ?? locations.data?.find((l) => l.kind === 'store')?.id ?? locations.data?.[0]?.id ?? null;
  const key = `${slug}-${at}-${n}`;
  const query = at ? { location_id: at } : {};
  const toPack = useLoad(
    async () => (at ? unwrap(await api.GET('/api/{tenant}/admin/logistics/to-pack', { params: { path: tenant, query } })).devices : []),
    key,
  );
  const open = useLoad(
    async () =>
      at ? unwrap(await api.GET('/api/{tenant}/admin/logistics/packages', { params: { path: tenant, query: { ...query, status: 'Open' } } })).results : [],
    key,
  );
  const shipments = useLoad(
    async () => (at ? unwrap(await api.GET('/api/{tenant}/admin/logistics/shipments', { params: { path: tenant, query } })).results : []),
    key,
  );
  const act = async (f: () => Promise<string>) => {
    setError(null);
    try {
      setNote(await f());
      setDevices([]);
      setPackages([]);
      setN((x) => x + 1);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="lg-h">
      <h1 id="lg-h">{m('title')}</h1>
      <ErrorText error={locations.error ?? toPack.error ?? open.error ?? shipments.error ?? error} />
      <div className="field">
        <label htmlFor={`${id}-loc`}>{m('location')}</label>
        <select id={`${id}-loc`} value={at ?? ''} onChange={(e) => setLocationId(Number(e.target.value))}>
          {(locations.data ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      {note ? <p role="status">{note}</p> : null}
      <div className="fac-two">
        <section className="card" aria-labelledby="lg-pack-h">
          <h2 id="lg-pack-h">{m('toPack')}</h2>
          <Picklist
            items={(toPack.data ?? []).map((d) => ({ id: d.device_id, text: `#${d.device_id} ${d.product_name} · ${d.identifier}` }))}
            picked={devices}
            onPick={setDevices}
          />
          <button
            type="button"
            className="primary"
            disabled={devices.length === 0 || !at}
            onClick={() =>
              void act(async () =>
                m('packed', {
                  name: unwrap(
                    await api.POST('/api/{tenant}/admin/logistics/packages', { params: { path: tenant }, body: { location_id: at!, device_ids: devices } }),
                  ).identifier,
                }),
              )
            }
          >
            {m('pack')}
          </button>
        </section>
        <section className="card" aria-labelledby="lg-open-h">
          <h2 id="lg-open-h">{m('openPackages')}</h2>
          <Picklist
            items={(open.data ?? []).map((p) => ({ id: p.id, text: `${p.identifier} · ${m('devices')}: ${p.device_ids.length}` }))}
            picked={packages}
            onPick={setPackages}
          />
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={packages.length === 0 || !at}
              onClick={() =>
                void act(async () =>
                  m('shipped', {
                    name: unwrap(
                      await api.POST('/api/{tenant}/admin/logistics/shipments', {
                        params: { path: tenant },
                        body: { location_id: at!, package_ids: packages },
                      }),
                    ).name,
                  }),
                )
              }
            >
              {m('ship')}
            </button>
            {packages.length === 1 ? (
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void act(
                    async () =>
                      unwrap(await api.POST('/api/{tenant}/admin/logistics/packages/{id}/cancel', { params: { path: { ...tenant, id: packages[0] } } })).status,
                  )
                }
              >
                {m('cancelPackage')}
              </button>
            ) : null}
          </div>
        </section>
      </div>
      <section className="card" aria-labelledby="lg-ship-h">
        <h2 id="lg-ship-h">{m('shipments')}</h2>
        {(shipments.data ?? []).length === 0 ? (
          <p className="muted">{m('none')}</p>
        ) : (
          <table className="fac-table">
            <thead>
              <tr>
                <th scope="col">{m('shipment')}</th>
                <th scope="col">{m('status')}</th>
                <th scope="col">{m('package')}</th>
                <th scope="col">{m('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(shipments.data ?? []).map((s) => (
                <ShipmentRow key={s.id} s={s} onChange={() => setN((x) => x + 1)} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
