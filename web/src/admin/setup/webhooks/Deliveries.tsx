import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { Pager } from '../parts';
import { DataTable } from '../../DataTable';

const PAGE = 20;

/** Delivery attempts of one endpoint, newest first; a message can be sent again. */
export function Deliveries({ endpointId }: { endpointId: number }) {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [page, setPage] = useState(0);
  const list = useQuery({
    queryKey: ['admin', slug, 'deliveries', endpointId, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/admin/webhooks/{id}/deliveries', {
          params: { path: { tenant: slug, id: endpointId }, query: { limit: PAGE, offset: page * PAGE } },
        }),
      ),
  });
  const replay = useMutation({
    mutationFn: async (messageId: string) =>
      unwrap(
        await api.POST('/api/{tenant}/admin/webhooks/{id}/replay', { params: { path: { tenant: slug, id: endpointId } }, body: { message_id: messageId } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', slug, 'deliveries', endpointId] }),
  });
  const pages = Math.max(1, Math.ceil((list.data?.count ?? 0) / PAGE));
  return (
    <section aria-labelledby="deliveries-h" className="subform">
      <h2 id="deliveries-h">{m('deliveries')}</h2>
      <ErrorText error={list.error ?? replay.error} />
      {replay.data ? (
        <p role="status" className="ok">
          {m('replayQueued', { n: replay.data.queued })}
        </p>
      ) : null}
      <DataTable
        caption={m('deliveriesCount', { count: list.data?.count ?? 0 })}
        rows={list.data?.results ?? []}
        rowKey={(a) => a.id}
        columns={[
          { header: m('createdAt'), cell: (a) => date(a.created_at, true) },
          { header: m('event'), cell: (a) => a.event_type },
          { header: m('attempt'), numeric: true, cell: (a) => a.attempt },
          {
            header: m('outcome'),
            cell: (a) => (
              <>
                {m(`outcome.${a.outcome}`)}
                {a.response_status ? ` (${a.response_status})` : ''}
                {a.error ? <div className="error">{a.error}</div> : null}
              </>
            ),
          },
          { header: m('latency'), numeric: true, cell: (a) => (a.latency_ms === null ? '—' : `${a.latency_ms} ms`) },
          {
            header: m('actions'),
            cell: (a) => (
              <button type="button" onClick={() => replay.mutate(a.message_id)} disabled={replay.isPending}>
                {m('replay')}
              </button>
            ),
          },
        ]}
      />
      {pages > 1 ? <Pager page={page} pages={pages} onPage={setPage} /> : null}
    </section>
  );
}
