import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SelectField } from '../parts';
import { useExclude } from './useExclude';
import { DataTable } from '../../DataTable';

/** Device type → brand → model families, as the tenant's customers see them, each with a "hide" action. */
export function ReferenceTree() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const [group, setGroup] = useState('');
  const [maker, setMaker] = useState('');
  const exclude = useExclude();
  const groups = useQuery({
    queryKey: ['admin', slug, 'tree', 'groups'],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/catalog/item_groups', { params: { path: { tenant: slug } } })).results,
  });
  const makers = useQuery({
    queryKey: ['admin', slug, 'tree', 'makers', group],
    enabled: !!group,
    queryFn: async () =>
      unwrap(await api.GET('/api/{tenant}/catalog/manufacturers', { params: { path: { tenant: slug }, query: { item_group_id: Number(group) } } })).results,
  });
  const models = useQuery({
    queryKey: ['admin', slug, 'tree', 'models', group, maker],
    enabled: !!group && !!maker,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/catalog/models', {
          params: { path: { tenant: slug }, query: { item_group_id: Number(group), manufacturer_id: Number(maker), limit: 300 } },
        }),
      ).results,
  });
  const families = [...new Map((models.data ?? []).map((x) => [x.item_id, { id: x.item_id, name: x.item_name, count: 0 }])).values()].map((f) => ({
    ...f,
    count: (models.data ?? []).filter((x) => x.item_id === f.id).length,
  }));
  const makerName = makers.data?.find((x) => String(x.id) === maker)?.name ?? '';
  return (
    <section aria-labelledby="tree-h" className="subform">
      <h2 id="tree-h">{m('browseCatalog')}</h2>
      <div className="toolbar">
        <SelectField
          label={m('deviceType')}
          name="tree-group"
          value={group}
          onChange={(v) => {
            setGroup(v);
            setMaker('');
          }}
          options={[{ value: '', label: m('choose') }, ...(groups.data ?? []).map((g) => ({ value: String(g.id), label: g.name }))]}
        />
        <SelectField
          label={m('brand')}
          name="tree-maker"
          value={maker}
          onChange={setMaker}
          options={[{ value: '', label: m('choose') }, ...(makers.data ?? []).map((x) => ({ value: String(x.id), label: x.name }))]}
        />
        {maker ? (
          <button
            type="button"
            className="danger"
            disabled={exclude.isPending}
            onClick={() => exclude.mutate({ kind: 'manufacturer', id: Number(maker) }, { onSuccess: () => setMaker('') })}
          >
            {m('hideNamed', { name: makerName })}
          </button>
        ) : null}
      </div>
      <ErrorText error={groups.error ?? makers.error ?? models.error ?? exclude.error} />
      {maker && models.data ? (
        <DataTable
          caption={m('familiesOf', { name: makerName })}
          rows={families}
          rowKey={(f) => f.id}
          columns={[
            { header: m('modelFamily'), cell: (f) => f.name },
            { header: m('variants'), numeric: true, cell: (f) => f.count },
            {
              header: m('actions'),
              cell: (f) => (
                <button type="button" className="danger" disabled={exclude.isPending} onClick={() => exclude.mutate({ kind: 'item', id: f.id })}>
                  {m('hideNamed', { name: f.name })}
                </button>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
