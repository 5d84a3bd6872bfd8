import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { CheckField, errorFor, formError, SelectField, SubmitForm } from '../parts';
import type { AdminDataField } from '../types';
import { keys } from '../keys';

const TYPES = ['Text', 'Number', 'Email', 'Phone', 'Date', 'List', 'Checkbox'] as const satisfies readonly AdminDataField['template_type'][];
const FIELDS = ['name', 'labels', 'template_type', 'regex', 'list_options', 'scope', 'max_uses_per_value', 'external_validation'];

/** A new data field; the server checks the regex (and that it is safe), the list and the validator address. */
export function DataFieldForm() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const empty = {
    name: '',
    label: '',
    templateType: 'Text' as AdminDataField['template_type'],
    regex: '',
    list: '',
    corporate: true,
    private: true,
    required: false,
    unique: false,
    maxUses: '',
    campaign: false,
    url: '',
    timeout: '3000',
    apiKey: '',
  };
  const [f, setF] = useState(empty);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/admin/data-fields', {
          params: { path: { tenant: slug } },
          body: {
            name: f.name,
            labels: f.label ? { en: f.label } : {},
            template_type: f.templateType,
            regex: f.regex || null,
            list_options:
              f.templateType === 'List'
                ? f.list
                    .split('\n')
                    .map((v) => v.trim())
                    .filter(Boolean)
                    .map((value) => ({ value }))
                : [],
            scope: [...(f.corporate ? (['Corporate'] as const) : []), ...(f.private ? (['Private'] as const) : [])],
            is_required: f.required,
            is_unique: f.unique,
            max_uses_per_value: f.maxUses ? Number(f.maxUses) : null,
            is_campaign_field: f.campaign,
            external_validation: f.url ? { url: f.url, timeout_ms: Number(f.timeout) || 3000, api_key: f.apiKey || null } : null,
          },
        }),
      ),
    onSuccess: async () => {
      setF(empty);
      await qc.invalidateQueries({ queryKey: keys.dataFields(slug) });
    },
  });
  const err = (...n: string[]) => errorFor(save.error, ...n);
  return (
    <details className="subform">
      <summary>{m('newDataField')}</summary>
      <SubmitForm onSubmit={() => save.mutate()}>
        <div className="form-grid">
          <Field label={m('name')} name="df-name" value={f.name} onChange={(name) => setF({ ...f, name })} error={err('name')} />
          <Field label={m('labelEn')} name="df-label" value={f.label} onChange={(label) => setF({ ...f, label })} error={err('labels')} />
          <SelectField
            label={m('fieldType')}
            name="df-type"
            value={f.templateType}
            onChange={(templateType) => setF({ ...f, templateType })}
            options={TYPES.map((t) => ({ value: t, label: m(`type.${t}`) }))}
            error={err('template_type')}
          />
          <Field label={m('regex')} name="df-regex" value={f.regex} onChange={(regex) => setF({ ...f, regex })} error={err('regex')} hint={m('regexHint')} />
          <Field
            label={m('maxUsesPerValue')}
            name="df-max"
            inputMode="numeric"
            value={f.maxUses}
            onChange={(maxUses) => setF({ ...f, maxUses })}
            error={err('max_uses_per_value')}
          />
          <Field
            label={m('validatorUrl')}
            name="df-url"
            type="url"
            value={f.url}
            onChange={(url) => setF({ ...f, url })}
            error={err('external_validation')}
            hint={m('validatorHint')}
          />
          <Field label={m('validatorTimeout')} name="df-timeout" inputMode="numeric" value={f.timeout} onChange={(timeout) => setF({ ...f, timeout })} />
          <Field label={m('validatorKey')} name="df-key" type="password" value={f.apiKey} onChange={(apiKey) => setF({ ...f, apiKey })} autoComplete="off" />
        </div>
        {f.templateType === 'List' ? (
          <div className="field">
            <label htmlFor="df-list">{m('listOptions')}</label>
            <textarea id="df-list" rows={4} value={f.list} onChange={(e) => setF({ ...f, list: e.target.value })} aria-describedby="df-list-hint" />
            <small id="df-list-hint" className="hint">
              {m('listHint')}
            </small>
            {err('list_options') ? <small className="error">{err('list_options')}</small> : null}
          </div>
        ) : null}
        <CheckField label={m('customer.Corporate')} checked={f.corporate} onChange={(corporate) => setF({ ...f, corporate })} />
        <CheckField label={m('customer.Private')} checked={f.private} onChange={(p) => setF({ ...f, private: p })} />
        <CheckField label={m('required')} checked={f.required} onChange={(required) => setF({ ...f, required })} />
        <CheckField label={m('unique')} checked={f.unique} onChange={(unique) => setF({ ...f, unique })} />
        <CheckField label={m('campaignField')} checked={f.campaign} onChange={(campaign) => setF({ ...f, campaign })} />
        <ErrorText error={formError(save.error, FIELDS)} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {m('createField')}
        </button>
      </SubmitForm>
    </details>
  );
}
