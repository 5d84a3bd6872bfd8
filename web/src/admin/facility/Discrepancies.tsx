import { api, unwrap } from '../../api/client';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { DataTable } from '../DataTable';
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
      {data ? (
        <DataTable
          className="fac-table"
          caption={m('discrepancies')}
          captionHidden
          rows={data}
          rowKey={(d) => d.id}
          empty={m('none')}
          columns={[
            { header: m('kind'), cell: (d) => d.kind },
            { header: m('identifier'), cell: (d) => d.identifier ?? '' },
            { header: m('packageCode'), cell: (d) => d.package_code ?? '' },
            { header: m('note'), cell: (d) => d.note ?? '' },
            { header: m('when'), cell: (d) => date(d.created_at, true) },
          ]}
        />
      ) : null}
    </section>
  );
}
