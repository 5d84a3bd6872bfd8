import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
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

type Draft = ReturnType<typeof blank>;

const blank = () => ({
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
});

/** The form's values for a saved field (its key is write-only: the form starts without it). */
const fromField = (f: AdminDataField): Draft => ({
  name: f.name,
  label: f.labels.en ?? '',
  templateType: f.template_type,
  regex: f.regex ?? '',
  list: f.list_options.map((o) => o.value).join('\n'),
  corporate: f.scope.includes('Corporate'),
  private: f.scope.includes('Private'),
  required: f.is_required,
  unique: f.is_unique,
  maxUses: f.max_uses_per_value === null ? '' : String(f.max_uses_per_value),
  campaign: f.is_campaign_field,
  url: f.external_validation?.url ?? '',
  timeout: String(f.external_validation?.timeout_ms ?? 3000),
  apiKey: '',
});

/**
 * The request body of a draft. On an edit the labels of other languages and of list options are
 * kept, and the validator is left alone while its address and timeout stay and no new key is typed
 * (the saved key cannot be read back, so sending the validator again would drop it).
 */
function toBody(f: Draft, saved?: AdminDataField) {
  const timeoutMs = Number(f.timeout) || 3000;
  const keepValidator =
    saved?.external_validation && f.url === saved.external_validation.url && timeoutMs === saved.external_validation.timeout_ms && !f.apiKey;
  const otherLabels = Object.fromEntries(Object.entries(saved?.labels ?? {}).filter(([locale]) => locale !== 'en'));
  return {
    name: f.name,
    labels: { ...otherLabels, ...(f.label ? { en: f.label } : {}) },
    template_type: f.templateType,
    regex: f.regex || null,
    list_options:
      f.templateType === 'List'
        ? f.list
            .split('\n')
            .map((v) => v.trim())
            .filter(Boolean)
            .map((value) => ({ value, labels: saved?.list_options.find((o) => o.value === value)?.labels ?? {} }))
        : [],
    scope: [...(f.corporate ? (['Corporate'] as const) : []), ...(f.private ? (['Private'] as const) : [])],
    is_required: f.required,
    is_unique: f.unique,
    max_uses_per_value: f.maxUses ? Number(f.maxUses) : null,
    is_campaign_field: f.campaign,
    ...(keepValidator ? {} : { external_validation: f.url ? { url: f.url, timeout_ms: timeoutMs, api_key: f.apiKey || null } : null }),
  };
}

/**
 * A new data field, or the change of a saved one (`field`); the server checks the regex (and that
 * it is safe), the list and the validator address.
 */
export function DataFieldForm({ field, onDone }: { field?: AdminDataField; onDone?(): void }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const listId = useId();
  const [f, setF] = useState<Draft>(() => (field ? fromField(field) : blank()));
  const save = useMutation({
    mutationFn: async () =>
      field
        ? unwrap(await api.PATCH('/api/{tenant}/admin/data-fields/{id}', { params: { path: { tenant: slug, id: field.id } }, body: toBody(f, field) }))
        : unwrap(await api.POST('/api/{tenant}/admin/data-fields', { params: { path: { tenant: slug } }, body: toBody(f) })),
    onSuccess: async () => {
      if (!field) setF(blank());
      await qc.invalidateQueries({ queryKey: keys.dataFields(slug) });
      onDone?.();
    },
  });
  const err = (...n: string[]) => errorFor(save.error, ...n);
  const form = (
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
          error={err('templateType')}
        />
        <Field label={m('regex')} name="df-regex" value={f.regex} onChange={(regex) => setF({ ...f, regex })} error={err('regex')} hint={m('regexHint')} />
        <Field
          label={m('maxUsesPerValue')}
          name="df-max"
          inputMode="numeric"
          value={f.maxUses}
          onChange={(maxUses) => setF({ ...f, maxUses })}
          error={err('maxUsesPerValue')}
        />
        <Field
          label={m('validatorUrl')}
          name="df-url"
          type="url"
          value={f.url}
          onChange={(url) => setF({ ...f, url })}
          error={err('externalValidation')}
          hint={m('validatorHint')}
        />
        <Field label={m('validatorTimeout')} name="df-timeout" inputMode="numeric" value={f.timeout} onChange={(timeout) => setF({ ...f, timeout })} />
        <Field
          label={m('validatorKey')}
          name="df-key"
          type="password"
          value={f.apiKey}
          onChange={(apiKey) => setF({ ...f, apiKey })}
          autoComplete="off"
          hint={field?.external_validation?.has_api_key ? m('validatorKeyKept') : null}
        />
      </div>
      {f.templateType === 'List' ? (
        <div className="field">
          <label htmlFor={listId}>{m('listOptions')}</label>
          <textarea id={listId} rows={4} value={f.list} onChange={(e) => setF({ ...f, list: e.target.value })} aria-describedby={`${listId}-hint`} />
          <small id={`${listId}-hint`} className="hint">
            {m('listHint')}
          </small>
          {err('listOptions') ? <small className="error">{err('listOptions')}</small> : null}
        </div>
      ) : null}
      <CheckField label={m('customer.Corporate')} checked={f.corporate} onChange={(corporate) => setF({ ...f, corporate })} />
      <CheckField label={m('customer.Private')} checked={f.private} onChange={(p) => setF({ ...f, private: p })} />
      <CheckField label={m('required')} checked={f.required} onChange={(required) => setF({ ...f, required })} />
      <CheckField label={m('unique')} checked={f.unique} onChange={(unique) => setF({ ...f, unique })} />
      <CheckField label={m('campaignField')} checked={f.campaign} onChange={(campaign) => setF({ ...f, campaign })} />
      <ErrorText error={formError(save.error, FIELDS)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {field ? m('saveField', { name: field.name }) : m('createField')}
        </button>
        {field ? (
          <button type="button" onClick={onDone}>
            {m('cancel')}
          </button>
        ) : null}
      </div>
    </SubmitForm>
  );
  if (!field) {
    return (
      <details className="subform">
        <summary>{m('newDataField')}</summary>
        {form}
      </details>
    );
  }
  return (
    <section className="subform" aria-labelledby={`df-edit-h-${field.id}`}>
      <h2 id={`df-edit-h-${field.id}`}>{m('editNamed', { name: field.name })}</h2>
      {form}
    </section>
  );
}
