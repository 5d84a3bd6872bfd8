import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { SearchTable, errorFor, formError, SelectField, SubmitForm } from '../parts';
import type { NewApiKey } from '../types';
import { useLocations } from './useLocations';
import { keys } from '../keys';

const SCOPES = ['retail', 'admin', 'publishable'] as const;

/** API keys: who a key acts as, where, with which scope; the secret is shown once, right after creation. */
export default function ApiKeysScreen() {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: keys.apiKeys(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/api-keys', { params: { path: { tenant: slug } } })).results,
  });
  const users = useQuery({
    queryKey: keys.users(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/users', { params: { path: { tenant: slug } } })).results,
  });
  const locations = useLocations();
  const userName = new Map((users.data ?? []).map((u) => [u.id, u.email]));
  const placeName = new Map((locations.data ?? []).map((l) => [l.id, l.name]));
  const [created, setCreated] = useState<NewApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE('/api/{tenant}/admin/api-keys/{id}', { params: { path: { tenant: slug, id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.apiKeys(slug) }),
  });
  return (
    <section aria-labelledby="keys-h">
      <h1 id="keys-h">{m('apiKeys')}</h1>
      {created ? <SecretOnce created={created} onDone={() => setCreated(null)} /> : <NewKey onCreated={setCreated} />}
      <ErrorText error={list.error ?? revoke.error} />
      {list.data ? (
        <SearchTable
          caption={m('apiKeys')}
          rows={list.data}
          rowKey={(k) => k.id}
          searchText={(k) => `${k.name} ${k.prefix} ${k.scope} ${userName.get(k.user_id) ?? ''}`}
          columns={[
            { header: m('name'), cell: (k) => k.name || '—' },
            { header: m('prefix'), cell: (k) => <code>{k.prefix}…</code> },
            { header: m('scope'), cell: (k) => m(`scope.${k.scope}`) },
            { header: m('user'), cell: (k) => userName.get(k.user_id) ?? k.user_id },
            { header: m('location'), cell: (k) => (k.location_id ? (placeName.get(k.location_id) ?? k.location_id) : '—') },
            { header: m('createdAt'), cell: (k) => date(k.created_at, true) },
            {
              header: m('status'),
              cell: (k) =>
                k.revoked_at ? (
                  m('revokedOn', { date: date(k.revoked_at) })
                ) : (
                  <button type="button" className="danger" disabled={revoke.isPending} onClick={() => revoke.mutate(k.id)}>
                    {m('revokeNamed', { name: k.name || k.prefix })}
                  </button>
                ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}

function SecretOnce({ created, onDone }: { created: NewApiKey; onDone(): void }) {
  const m = useMessages(setupMessages);
  return (
    <div className="subform" role="region" aria-labelledby="secret-h">
      <h2 id="secret-h">{m('keyCreated')}</h2>
      <p>{m('keyShownOnce')}</p>
      <p className="secret" data-testid="api-key-secret">
        {created.key}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(created.key)}>
          {m('copy')}
        </button>
        <button type="button" className="primary" onClick={onDone}>
          {m('copiedDone')}
        </button>
      </div>
    </div>
  );
}

function NewKey({ onCreated }: { onCreated(k: NewApiKey): void }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const users = useQuery({
    queryKey: keys.users(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/users', { params: { path: { tenant: slug } } })).results,
  });
  const locations = useLocations();
  const [name, setName] = useState('');
  const [user, setUser] = useState('');
  const [location, setLocation] = useState('');
  const [scope, setScope] = useState<(typeof SCOPES)[number]>('retail');
  const staff = (users.data ?? []).filter((u) => u.role !== 'customer' && u.is_active);
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/admin/api-keys', {
          params: { path: { tenant: slug } },
          body: { name, user_id: Number(user || staff[0]?.id || 0), location_id: location ? Number(location) : null, scope },
        }),
      ),
    onSuccess: async (k) => {
      setName('');
      onCreated(k);
      await qc.invalidateQueries({ queryKey: keys.apiKeys(slug) });
    },
  });
  return (
    <SubmitForm onSubmit={() => save.mutate()} className="subform" aria-labelledby="newkey-h">
      <h2 id="newkey-h">{m('newKey')}</h2>
      <div className="form-grid">
        <Field label={m('name')} name="key-name" value={name} onChange={setName} error={errorFor(save.error, 'name')} />
        <SelectField
          label={m('user')}
          name="key-user"
          value={user || String(staff[0]?.id ?? '')}
          onChange={setUser}
          options={staff.map((u) => ({ value: String(u.id), label: `${u.email} (${m(`role.${u.role}` as 'role.admin')})` }))}
          error={errorFor(save.error, 'user_id')}
        />
        <SelectField
          label={m('location')}
          name="key-location"
          value={location}
          onChange={setLocation}
          options={[{ value: '', label: m('anyLocation') }, ...(locations.data ?? []).map((l) => ({ value: String(l.id), label: l.name }))]}
          error={errorFor(save.error, 'location_id')}
        />
        <SelectField
          label={m('scope')}
          name="key-scope"
          value={scope}
          onChange={setScope}
          options={SCOPES.map((s) => ({ value: s, label: m(`scope.${s}`) }))}
          error={errorFor(save.error, 'scope')}
        />
      </div>
      <ErrorText error={formError(save.error, ['name', 'user_id', 'location_id', 'scope'])} />
      <button type="submit" className="primary" disabled={save.isPending}>
        {m('createKey')}
      </button>
    </SubmitForm>
  );
}
