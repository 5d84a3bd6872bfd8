import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { navigate } from '../../../app/router';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { keys } from '../keys';
import { setupMessages } from '../messages';
import { errorFor, formError, SaveRow, SelectField, SubmitForm } from '../parts';
import type { FormVersion } from '../types';

/** A new own form for a device type or one model, starting from the content of an existing form. */
export function NewForm({ forms }: { forms: FormVersion[] }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const groups = useQuery({
    queryKey: ['admin', slug, 'item-groups'],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/catalog/item-groups', { params: { path: { tenant: slug } } })).results,
  });
  const [key, setKey] = useState('');
  const [group, setGroup] = useState('*');
  const [model, setModel] = useState('');
  const [from, setFrom] = useState('');
  const source = forms.find((f) => String(f.version_id) === from) ?? forms[0];
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/admin/grading-forms', {
          params: { path: { tenant: slug } },
          body: { key, item_group_key: group, item_id: model.trim() ? Number(model) : null, definition: source.definition },
        }),
      ),
    onSuccess: async (v) => {
      await qc.invalidateQueries({ queryKey: keys.forms(slug) });
      navigate(`/admin/setup/grading/${v.form_id}`);
    },
  });
  if (!source) return null;
  return (
    <details className="subform">
      <summary>{m('newForm')}</summary>
      <SubmitForm onSubmit={() => save.mutate()}>
        <div className="form-grid">
          <Field label={m('key')} name="form-key" value={key} onChange={setKey} error={errorFor(save.error, 'key')} hint={m('formKeyHint')} />
          <SelectField
            label={m('deviceType')}
            name="form-group"
            value={group}
            onChange={setGroup}
            options={[{ value: '*', label: m('scopeAll') }, ...(groups.data ?? []).map((g) => ({ value: g.key, label: g.name }))]}
            error={errorFor(save.error, 'item_group_key')}
          />
          <Field
            label={m('modelFamilyId')}
            name="form-item"
            inputMode="numeric"
            value={model}
            onChange={setModel}
            error={errorFor(save.error, 'item_id')}
            hint={m('modelFamilyIdHint')}
          />
          <SelectField
            label={m('startFrom')}
            name="form-from"
            value={String(source.version_id)}
            onChange={setFrom}
            options={forms.map((f) => ({ value: String(f.version_id), label: `${f.definition.name.en} (${f.key} v${f.version})` }))}
          />
        </div>
        <ErrorText error={formError(save.error, ['key', 'item_group_key', 'item_id'])} />
        <SaveRow label={m('createForm')} pending={save.isPending} saved={false} />
      </SubmitForm>
    </details>
  );
}
