import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { keys } from '../keys';
import { setupMessages } from '../messages';
import { errorFor, formError, SubmitForm } from '../parts';
import { Deliveries } from './Deliveries';
import { DataTable } from '../../DataTable';

/** Webhook endpoints: add (secret shown once), enable or disable, rotate the secret, send a test, read deliveries and replay. */
export default function WebhooksScreen() {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const list = useQuery({
    queryKey: keys.webhooks(slug),
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/webhooks', { params: { path: { tenant: slug } } })).results,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: keys.webhooks(slug) });
  const toggle = useMutation({
    mutationFn: async (e: { id: number; enabled: boolean }) =>
      unwrap(await api.PATCH('/api/{tenant}/admin/webhooks/{id}', { params: { path: { tenant: slug, id: e.id } }, body: { enabled: !e.enabled } })),
    onSettled: refresh,
  });
  const rotate = useMutation({
    mutationFn: async (id: number) => unwrap(await api.POST('/api/{tenant}/admin/webhooks/{id}/rotate-secret', { params: { path: { tenant: slug, id } } })),
    onSuccess: async (e) => {
      setSecret(e.secret);
      await refresh();
    },
  });
  const test = useMutation({
    mutationFn: async (id: number) => unwrap(await api.POST('/api/{tenant}/admin/webhooks/{id}/test', { params: { path: { tenant: slug, id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', slug, 'deliveries'] }),
  });
  const remove = useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE('/api/{tenant}/admin/webhooks/{id}', { params: { path: { tenant: slug, id } } })),
    onSettled: refresh,
  });
  return (
    <section aria-labelledby="webhooks-h">
      <h1 id="webhooks-h">{m('webhooks')}</h1>
      {secret ? (
        <div className="subform" role="region" aria-labelledby="whsec-h">
          <h2 id="whsec-h">{m('webhookSecret')}</h2>
          <p>{m('keyShownOnce')}</p>
          <p className="secret" data-testid="webhook-secret">
            {secret}
          </p>
          <button type="button" className="primary" onClick={() => setSecret(null)}>
            {m('copiedDone')}
          </button>
        </div>
      ) : (
        <NewEndpoint onSecret={setSecret} />
      )}
      <ErrorText error={list.error ?? toggle.error ?? rotate.error ?? test.error ?? remove.error} />
      {test.isSuccess ? (
        <p role="status" className="ok">
          {m('testQueued')}
        </p>
      ) : null}
      <DataTable
        caption={m('endpoints')}
        rows={list.data ?? []}
        rowKey={(e) => e.id}
        columns={[
          {
            header: m('url'),
            cell: (e) => (
              <>
                {e.url}
                {e.description ? <div className="hint">{e.description}</div> : null}
              </>
            ),
          },
          { header: m('events'), cell: (e) => (e.events.length ? e.events.join(', ') : m('allEvents')) },
          {
            header: m('status'),
            cell: (e) => (
              <>
                {e.enabled ? m('active') : m('inactive')}
                {e.disabled_reason ? <div className="error">{e.disabled_reason}</div> : null}
                {e.failing_since ? <div className="error">{m('failingSince', { date: date(e.failing_since, true) })}</div> : null}
              </>
            ),
          },
          {
            header: m('actions'),
            cell: (e) => (
              <div className="row-actions">
                <button type="button" onClick={() => setOpen(open === e.id ? null : e.id)} aria-expanded={open === e.id}>
                  {m('deliveries')}
                </button>
                <button type="button" onClick={() => test.mutate(e.id)} disabled={test.isPending}>
                  {m('sendTest')}
                </button>
                <button type="button" onClick={() => rotate.mutate(e.id)} disabled={rotate.isPending}>
                  {m('rotateSecret')}
                </button>
                <button type="button" onClick={() => toggle.mutate(e)} disabled={toggle.isPending}>
                  {e.enabled ? m('disable') : m('enable')}
                </button>
                <button type="button" className="danger" onClick={() => remove.mutate(e.id)} disabled={remove.isPending}>
                  {m('delete')}
                </button>
              </div>
            ),
          },
        ]}
      />
      {open !== null ? <Deliveries endpointId={open} /> : null}
    </section>
  );
}

function NewEndpoint({ onSecret }: { onSecret(s: string): void }) {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/admin/webhooks', {
          params: { path: { tenant: slug } },
          body: {
            url,
            description,
            events: events
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
          },
        }),
      ),
    onSuccess: async (e) => {
      setUrl('');
      setDescription('');
      setEvents('');
      onSecret(e.secret);
      await qc.invalidateQueries({ queryKey: keys.webhooks(slug) });
    },
  });
  return (
    <SubmitForm onSubmit={() => save.mutate()} className="subform" aria-labelledby="newhook-h">
      <h2 id="newhook-h">{m('newEndpoint')}</h2>
      <div className="form-grid">
        <Field label={m('url')} name="hook-url" type="url" value={url} onChange={setUrl} error={errorFor(save.error, 'url')} />
        <Field label={m('description')} name="hook-description" value={description} onChange={setDescription} error={errorFor(save.error, 'description')} />
        <Field label={m('events')} name="hook-events" value={events} onChange={setEvents} error={errorFor(save.error, 'events')} hint={m('eventsHint')} />
      </div>
      <ErrorText error={formError(save.error, ['url', 'description', 'events'])} />
      <button type="submit" className="primary" disabled={save.isPending}>
        {m('addEndpoint')}
      </button>
    </SubmitForm>
  );
}
