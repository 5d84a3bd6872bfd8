import { api, unwrap } from '../../api/client';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { facilityMessages } from './messages';
import { useLoad } from './useLoad';

/** The latest discrepancies (missing, unexpected, mismatch, damaged package, fraud hit). */
export function Discrepancies({ refresh }: { refresh: number }) {
  const m = useMessages(facilityMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const { data, error } = useLoad(
    async () => unwrap(await api.GET('/api/{tenant}/admin/facility/discrepancies', { params: { path: { tenant: slug }, query: { limit: 20 } } })).results,
    `${slug}-${refresh}`,
  );
  return (
    <section className="card" aria-labelledby="fac-disc-h">
      <h2 id="fac-disc-h">{m('discrepancies')}</h2>
      <ErrorText error={error} />
      {data && data.length === 0 ? <p className="muted">{m('none')}</p> : null}
      {data && data.length > 0 ? (
        <table className="fac-table">
          <thead>
            <tr>
              <th scope="col">{m('kind')}</th>
              <th scope="col">{m('identifier')}</th>
              <th scope="col">{m('packageCode')}</th>
              <th scope="col">{m('note')}</th>
              <th scope="col">{m('when')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.id}>
                <td>{d.kind}</td>
                <td>{d.identifier ?? ''}</td>
                <td>{d.package_code ?? ''}</td>
                <td>{d.note ?? ''}</td>
                <td>{date(d.created_at, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
