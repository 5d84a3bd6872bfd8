import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { DevicePicture, ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SearchTable, SelectField, SubmitForm } from '../parts';

const ownKey = (slug: string) => ['admin', slug, 'own-products'];

/** Products only this tenant trades (with a picture address and a price), added or updated by key. */
export function OwnProducts() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ownKey(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/catalog/products', { params: { path: { tenant: slug } } })).results,
  });
  const groups = useQuery({
    queryKey: ['admin', slug, 'item-groups'],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/catalog/item-groups', { params: { path: { tenant: slug } } })).results,
  });
  const remove = useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE('/api/{tenant}/admin/catalog/products/{id}', { params: { path: { tenant: slug, id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: ownKey(slug) }),
  });
  const empty = { key: '', group: '', manufacturer: '', item: '', storage_gb: '', picture_url: '', price: '' };
  const [p, setP] = useState(empty);
  const save = useMutation({
    mutationFn: async () => {
      const row = Object.fromEntries(Object.entries({ ...p, group: p.group || groups.data?.[0]?.key || '' }).filter(([, v]) => v !== ''));
      return unwrap(await api.POST('/api/{tenant}/admin/catalog/products', { params: { path: { tenant: slug } }, body: row }));
    },
    onSuccess: async () => {
      setP(empty);
      await qc.invalidateQueries({ queryKey: ownKey(slug) });
    },
  });
  return (
    <section aria-labelledby="own-h" className="subform">
      <h2 id="own-h">{m('ownProducts')}</h2>
      <details>
        <summary>{m('newProduct')}</summary>
        <SubmitForm onSubmit={() => save.mutate()}>
          <div className="form-grid">
            <Field label={m('productKey')} name="p-key" value={p.key} onChange={(key) => setP({ ...p, key })} hint={m('productKeyHint')} />
            <SelectField
              label={m('deviceType')}
              name="p-group"
              value={p.group || groups.data?.[0]?.key || ''}
              onChange={(group) => setP({ ...p, group })}
              options={(groups.data ?? []).map((g) => ({ value: g.key, label: g.name }))}
            />
            <Field label={m('brand')} name="p-maker" value={p.manufacturer} onChange={(manufacturer) => setP({ ...p, manufacturer })} />
            <Field label={m('modelFamily')} name="p-item" value={p.item} onChange={(item) => setP({ ...p, item })} />
            <Field label={m('storageGb')} name="p-storage" inputMode="numeric" value={p.storage_gb} onChange={(storage_gb) => setP({ ...p, storage_gb })} />
            <Field
              label={m('pictureUrl')}
              name="p-picture"
              type="url"
              value={p.picture_url}
              onChange={(picture_url) => setP({ ...p, picture_url })}
              hint={m('pictureHint')}
            />
            <Field label={m('amount')} name="p-price" inputMode="numeric" value={p.price} onChange={(price) => setP({ ...p, price })} />
          </div>
          <ErrorText error={save.error} />
          <button type="submit" className="primary" disabled={save.isPending}>
            {m('saveProduct')}
          </button>
        </SubmitForm>
      </details>
      <ErrorText error={list.error ?? remove.error} />
      {list.data ? (
        <SearchTable
          caption={m('ownProducts')}
          rows={list.data}
          rowKey={(x) => x.id}
          searchText={(x) => `${x.product_name} ${x.manufacturer_name} ${x.key}`}
          columns={[
            {
              header: m('picture'),
              cell: (x) =>
                x.picture_url ? <img src={x.picture_url} alt="" width={32} height={32} className="pic" /> : <DevicePicture url={null} group="" size={32} />,
            },
            { header: m('name'), cell: (x) => x.product_name },
            { header: m('brand'), cell: (x) => x.manufacturer_name },
            { header: m('productKey'), cell: (x) => x.key },
            {
              header: m('actions'),
              cell: (x) => (
                <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(x.id)}>
                  {m('stopTradingNamed', { name: x.product_name })}
                </button>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
