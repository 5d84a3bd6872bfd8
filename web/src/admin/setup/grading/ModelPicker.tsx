import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SelectField } from '../parts';

/** Search the catalog (3 letters or more) and choose one model of the form's item group. */
export function ModelPicker({ itemGroupKey, value, onChange }: { itemGroupKey: string; value: number | null; onChange(id: number | null): void }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const [term, setTerm] = useState('');
  const search = useQuery({
    queryKey: ['admin', slug, 'model-search', term],
    enabled: term.trim().length >= 3,
    queryFn: async () =>
      unwrap(await api.GET('/api/{tenant}/catalog/models', { params: { path: { tenant: slug }, query: { term: term.trim(), limit: 40 } } })).results,
  });
  const models = (search.data ?? []).filter((x) => itemGroupKey === '*' || x.item_group_key === itemGroupKey);
  const first = models[0]?.id ?? null;
  useEffect(() => {
    if (value === null || !models.some((x) => x.id === value)) onChange(first);
  }, [first]);
  return (
    <>
      <Field label={m('modelSearch')} name="preview-search" type="search" value={term} onChange={setTerm} hint={m('modelSearchHint')} />
      <SelectField
        label={m('model')}
        name="preview-model"
        value={value === null ? '' : String(value)}
        onChange={(v) => onChange(v ? Number(v) : null)}
        options={models.length ? models.map((x) => ({ value: String(x.id), label: x.product_name })) : [{ value: '', label: m('noModels') }]}
      />
    </>
  );
}
