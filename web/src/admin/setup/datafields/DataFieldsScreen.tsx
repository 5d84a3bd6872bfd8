import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SearchTable } from '../parts';
import type { AdminDataField } from '../types';
import { DataFieldForm } from './DataFieldForm';
import { keys } from '../keys';

/** Custom data fields asked at registration: type, checks, scope, uniqueness, external validation. */
export default function DataFieldsScreen() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const fields = useQuery({
    queryKey: keys.dataFields(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/data-fields', { params: { path: { tenant: slug } } })).results,
  });
  const [editing, setEditing] = useState<number | null>(null);
  const edited = fields.data?.find((f) => f.id === editing);
  const toggle = useMutation({
    mutationFn: async (f: AdminDataField) =>
      unwrap(await api.PATCH('/api/{tenant}/admin/data-fields/{id}', { params: { path: { tenant: slug, id: f.id } }, body: { is_active: !f.is_active } })),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.dataFields(slug) }),
  });
  return (
    <section aria-labelledby="fields-h">
      <h1 id="fields-h">{m('dataFields')}</h1>
      <DataFieldForm />
      {edited ? <DataFieldForm key={edited.id} field={edited} onDone={() => setEditing(null)} /> : null}
      <ErrorText error={fields.error ?? toggle.error} />
      {fields.data ? (
        <SearchTable
          caption={m('dataFields')}
          rows={fields.data}
          rowKey={(f) => f.id}
          searchText={(f) => `${f.name} ${Object.values(f.labels).join(' ')}`}
          columns={[
            { header: m('name'), cell: (f) => f.name },
            { header: m('fieldType'), cell: (f) => m(`type.${f.template_type}`) },
            { header: m('scope'), cell: (f) => f.scope.map((s) => m(`customer.${s}`)).join(', ') },
            {
              header: m('checks'),
              cell: (f) =>
                [
                  f.is_required && m('required'),
                  f.regex && m('regexShort'),
                  f.is_unique && m('unique'),
                  f.max_uses_per_value && m('maxUses', { n: f.max_uses_per_value }),
                  f.external_validation && m('externalShort'),
                  f.is_campaign_field && m('campaignField'),
                ]
                  .filter(Boolean)
                  .join(', ') || '—',
            },
            {
              header: m('actions'),
              cell: (f) => (
                <div className="row-actions">
                  <button type="button" onClick={() => setEditing(f.id)} aria-expanded={editing === f.id}>
                    {m('editNamed', { name: f.name })}
                  </button>
                  <button type="button" disabled={toggle.isPending} onClick={() => toggle.mutate(f)}>
                    {f.is_active ? m('deactivateNamed', { name: f.name }) : m('activateNamed', { name: f.name })}
                  </button>
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
