import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { CheckField, SearchTable, errorFor, formError, SelectField, SubmitForm } from '../parts';
import type { AdminUser } from '../types';
import { useLocations } from './useLocations';
import { keys } from '../keys';

const ROLES = ['admin', 'facility_lead', 'technician', 'agent'] as const;
type Role = (typeof ROLES)[number];

/** Staff of the tenant: who they are, their role and stores; (de)activation takes effect at once. */
export default function UsersScreen() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const users = useQuery({
    queryKey: keys.users(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/users', { params: { path: { tenant: slug } } })).results,
  });
  const locations = useLocations();
  const names = new Map((locations.data ?? []).map((l) => [l.id, l.name]));
  const toggle = useMutation({
    mutationFn: async (u: AdminUser) =>
      unwrap(await api.PATCH('/api/{tenant}/admin/users/{id}', { params: { path: { tenant: slug, id: u.id } }, body: { is_active: !u.is_active } })),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.users(slug) }),
  });
  return (
    <section aria-labelledby="users-h">
      <h1 id="users-h">{m('users')}</h1>
      <NewUser />
      <ErrorText error={users.error ?? toggle.error} />
      {users.data ? (
        <SearchTable
          caption={m('users')}
          rows={users.data.filter((u) => u.role !== 'customer')}
          rowKey={(u) => u.id}
          searchText={(u) => `${u.first_name} ${u.last_name} ${u.email} ${u.role}`}
          columns={[
            { header: m('name'), cell: (u) => `${u.first_name} ${u.last_name}`.trim() || '—' },
            { header: m('email'), cell: (u) => u.email },
            { header: m('role'), cell: (u) => m(`role.${u.role}` as 'role.admin') },
            { header: m('locations'), cell: (u) => u.location_ids.map((id) => names.get(id) ?? id).join(', ') },
            { header: m('status'), cell: (u) => (u.is_active ? m('active') : m('inactive')) },
            {
              header: m('actions'),
              cell: (u) => (
                <button type="button" className={u.is_active ? 'danger' : undefined} disabled={toggle.isPending} onClick={() => toggle.mutate(u)}>
                  {u.is_active ? m('deactivateNamed', { name: u.email }) : m('activateNamed', { name: u.email })}
                </button>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}

function NewUser() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const locations = useLocations();
  const [u, setU] = useState({ email: '', password: '', firstName: '', lastName: '', role: 'agent' as Role, locationIds: [] as number[] });
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/admin/users', {
          params: { path: { tenant: slug } },
          body: { email: u.email, password: u.password, role: u.role, first_name: u.firstName, last_name: u.lastName, location_ids: u.locationIds },
        }),
      ),
    onSuccess: async () => {
      setU({ email: '', password: '', firstName: '', lastName: '', role: 'agent', locationIds: [] });
      await qc.invalidateQueries({ queryKey: keys.users(slug) });
    },
  });
  const err = (f: string) => errorFor(save.error, f);
  return (
    <details className="subform">
      <summary>{m('newUser')}</summary>
      <SubmitForm onSubmit={() => save.mutate()}>
        <div className="form-grid">
          <Field
            label={m('email')}
            name="email"
            type="email"
            value={u.email}
            onChange={(email) => setU({ ...u, email })}
            error={err('email')}
            autoComplete="off"
          />
          <Field
            label={m('password')}
            name="password"
            type="password"
            value={u.password}
            onChange={(password) => setU({ ...u, password })}
            error={err('password')}
            autoComplete="new-password"
            hint={m('passwordHint')}
          />
          <Field label={m('firstName')} name="firstName" value={u.firstName} onChange={(firstName) => setU({ ...u, firstName })} error={err('first_name')} />
          <Field label={m('lastName')} name="lastName" value={u.lastName} onChange={(lastName) => setU({ ...u, lastName })} error={err('last_name')} />
          <SelectField
            label={m('role')}
            name="role"
            value={u.role}
            onChange={(role) => setU({ ...u, role })}
            options={ROLES.map((r) => ({ value: r, label: m(`role.${r}`) }))}
            error={err('role')}
          />
        </div>
        <fieldset className="subform">
          <legend>{m('locations')}</legend>
          {(locations.data ?? []).map((l) => (
            <CheckField
              key={l.id}
              label={l.name}
              checked={u.locationIds.includes(l.id)}
              onChange={(on) => setU({ ...u, locationIds: on ? [...u.locationIds, l.id] : u.locationIds.filter((x) => x !== l.id) })}
            />
          ))}
        </fieldset>
        <ErrorText error={formError(save.error, ['email', 'password', 'first_name', 'last_name', 'role'])} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {m('createUser')}
        </button>
      </SubmitForm>
    </details>
  );
}
