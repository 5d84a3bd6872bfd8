import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { Field } from '../../app/ui';

export type DataFieldDef = ResponseOf<'/api/{tenant}/data_fields', 'get'>['results'][number];

/** The tenant's data fields for a private or corporate customer (campaign fields come with campaigns). */
export function useDataFields(corporate: boolean): DataFieldDef[] {
  const { slug, user } = useTenant();
  const fields = useQuery({
    queryKey: ['datafields', slug, user?.id],
    enabled: !!user,
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/data_fields', { params: { path: { tenant: slug } } })).results,
  });
  const scope = corporate ? 'Corporate' : 'Private';
  return (fields.data ?? []).filter((f) => !f.campaign_field && (f.scope === '' || f.scope.includes(scope)));
}

/** The values to send: every filled field. */
export function dataFieldValues(fields: DataFieldDef[], values: Record<string, string>): { id: number; value: string }[] {
  return fields.filter((f) => values[f.id]).map((f) => ({ id: f.id, value: values[f.id] }));
}

/** The fields with live validation by the server as typed (`data_fields/{id}/validate`). */
export function DataFieldsForm({
  fields,
  values,
  onChange,
}: {
  fields: DataFieldDef[];
  values: Record<string, string>;
  onChange(v: Record<string, string>): void;
}) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const validate = async (id: number, value: string) => {
    if (!value) return setErrors((e) => ({ ...e, [id]: '' }));
    try {
      const r = unwrap(await api.GET('/api/{tenant}/data_fields/{id}/validate', { params: { path: { tenant: slug, id }, query: { value } } }));
      setErrors((e) => ({ ...e, [id]: r.valid ? '' : r.message }));
    } catch {
      // offline: the banner says so; registration validates again
    }
  };
  return (
    <>
      {fields.map((f) => (
        <Field
          key={f.id}
          name={`df-${f.name}`}
          label={f.label || f.name}
          type={f.template_type === 'Email' ? 'email' : 'text'}
          value={values[f.id] ?? ''}
          required={f.required}
          hint={f.required ? t('required') : null}
          error={errors[f.id] || null}
          onChange={(v) => {
            onChange({ ...values, [f.id]: v });
            void validate(f.id, v);
          }}
        />
      ))}
    </>
  );
}
