import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { keys } from '../keys';
import { setupMessages } from '../messages';
import { SearchTable } from '../parts';

/** What the tenant does not trade; each can be traded again. */
export function Exclusions() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: keys.exclusions(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/catalog/exclusions', { params: { path: { tenant: slug } } })).results,
  });
  const undo = useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE('/api/{tenant}/admin/catalog/exclusions/{id}', { params: { path: { tenant: slug, id } } })),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: keys.exclusions(slug) }), qc.invalidateQueries({ queryKey: ['admin', slug, 'tree'] })]),
  });
  return (
    <section aria-labelledby="exclusions-h" className="subform">
      <h2 id="exclusions-h">{m('hidden')}</h2>
      <ErrorText error={list.error ?? undo.error} />
      {list.data ? (
        <SearchTable
          caption={m('hidden')}
          rows={list.data}
          rowKey={(e) => e.id}
          columns={[
            { header: m('kind'), cell: (e) => m(`exclusion.${e.kind}`) },
            { header: m('catalogId'), cell: (e) => e.target_id },
            {
              header: m('actions'),
              cell: (e) => (
                <button type="button" disabled={undo.isPending} onClick={() => undo.mutate(e.id)}>
                  {m('tradeAgainN', { id: e.target_id })}
                </button>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
