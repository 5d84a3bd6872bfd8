import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SearchTable, errorFor, formError, SelectField, SubmitForm } from '../parts';
import { useLocations } from './useLocations';
import { keys } from '../keys';

const KINDS = ['store', 'warehouse', 'facility'] as const;

/** Stores, warehouses and facilities. */
export default function LocationsScreen() {
  const m = useMessages(setupMessages);
  const locations = useLocations();
  return (
    <section aria-labelledby="locations-h">
      <h1 id="locations-h">{m('locations')}</h1>
      <NewLocation />
      <ErrorText error={locations.error} />
      {locations.data ? (
        <SearchTable
          caption={m('locations')}
          rows={locations.data}
          rowKey={(l) => l.id}
          searchText={(l) => `${l.name} ${l.external_ref ?? ''} ${l.address.city ?? ''}`}
          columns={[
            { header: m('name'), cell: (l) => l.name },
            { header: m('kind'), cell: (l) => m(`kind.${l.kind}`) },
            { header: m('externalRef'), cell: (l) => l.external_ref ?? '—' },
            { header: m('address'), cell: (l) => [l.address.street1, l.address.post_code, l.address.city, l.address.country_code].filter(Boolean).join(', ') },
            { header: m('status'), cell: (l) => (l.is_active ? m('active') : m('inactive')) },
          ]}
        />
      ) : null}
    </section>
  );
}

function NewLocation() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const empty = { name: '', kind: 'store' as (typeof KINDS)[number], externalRef: '', street1: '', postCode: '', city: '', countryCode: '' };
  const [l, setL] = useState(empty);
  const save = useMutation({
    mutationFn: async () => {
      const address = Object.fromEntries(
        Object.entries({ street1: l.street1, post_code: l.postCode, city: l.city, country_code: l.countryCode.toUpperCase() }).filter(([, v]) => v !== ''),
      );
      return unwrap(
        await api.POST('/api/{tenant}/admin/locations', {
          params: { path: { tenant: slug } },
          body: { name: l.name, kind: l.kind, external_ref: l.externalRef || null, address },
        }),
      );
    },
    onSuccess: async () => {
      setL(empty);
      await qc.invalidateQueries({ queryKey: keys.locations(slug) });
    },
  });
  const err = (f: string) => errorFor(save.error, f);
  return (
    <details className="subform">
      <summary>{m('newLocation')}</summary>
      <SubmitForm onSubmit={() => save.mutate()}>
        <div className="form-grid">
          <Field label={m('name')} name="name" value={l.name} onChange={(name) => setL({ ...l, name })} error={err('name')} />
          <SelectField
            label={m('kind')}
            name="kind"
            value={l.kind}
            onChange={(kind) => setL({ ...l, kind })}
            options={KINDS.map((k) => ({ value: k, label: m(`kind.${k}`) }))}
          />
          <Field
            label={m('externalRef')}
            name="externalRef"
            value={l.externalRef}
            onChange={(externalRef) => setL({ ...l, externalRef })}
            error={err('external_ref')}
          />
          <Field label={m('street')} name="street1" value={l.street1} onChange={(street1) => setL({ ...l, street1 })} error={err('address.street1')} />
          <Field label={m('postCode')} name="postCode" value={l.postCode} onChange={(postCode) => setL({ ...l, postCode })} error={err('address.post_code')} />
          <Field label={m('city')} name="city" value={l.city} onChange={(city) => setL({ ...l, city })} error={err('address.city')} />
          <Field
            label={m('countryCode')}
            name="countryCode"
            value={l.countryCode}
            onChange={(countryCode) => setL({ ...l, countryCode })}
            error={err('address.country_code')}
          />
        </div>
        <ErrorText error={formError(save.error, ['name', 'external_ref', 'address.street1', 'address.post_code', 'address.city', 'address.country_code'])} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {m('createLocation')}
        </button>
      </SubmitForm>
    </details>
  );
}
