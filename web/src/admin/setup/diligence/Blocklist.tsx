import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { keys } from '../keys';
import { setupMessages } from '../messages';
import { errorFor, formError, Pager, SubmitForm } from '../parts';
import { DataTable } from '../../DataTable';

const PAGE = 25;

/** Lost or stolen identifiers: search, add, remove, import a CSV (all or nothing). */
export function Blocklist() {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery({
    queryKey: [...keys.blocklist(slug), search, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/admin/blocklist', {
          params: { path: { tenant: slug }, query: { search: search.trim() || undefined, limit: PAGE, offset: page * PAGE } },
        }),
      ),
    placeholderData: (prev) => prev,
  });
  const remove = useMutation({
    mutationFn: async (identifier: string) =>
      unwrap(await api.DELETE('/api/{tenant}/admin/blocklist/{identifier}', { params: { path: { tenant: slug, identifier } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.blocklist(slug) }),
  });
  const pages = Math.max(1, Math.ceil((list.data?.count ?? 0) / PAGE));
  return (
    <section aria-labelledby="blocklist-h" className="subform">
      <h2 id="blocklist-h">{m('blocklist')}</h2>
      <AddBlock />
      <BlocklistImport />
      <div className="toolbar">
        <Field
          label={m('search')}
          name="blocklist-search"
          type="search"
          value={search}
          onChange={(v) => {
            setSearch(v);
            setPage(0);
          }}
        />
      </div>
      <ErrorText error={list.error ?? remove.error} />
      <DataTable
        caption={m('blockedCount', { count: list.data?.count ?? 0 })}
        rows={list.data?.results ?? []}
        rowKey={(e) => e.id}
        columns={[
          { header: m('identifier'), cell: (e) => e.identifier },
          { header: m('reason'), cell: (e) => e.reason },
          { header: m('source'), cell: (e) => e.source },
          { header: m('createdAt'), cell: (e) => date(e.created_at, true) },
          {
            header: m('actions'),
            cell: (e) => (
              <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(e.identifier)}>
                {m('unblockNamed', { name: e.identifier })}
              </button>
            ),
          },
        ]}
      />
      {pages > 1 ? <Pager page={page} pages={pages} onPage={setPage} /> : null}
    </section>
  );
}

function AddBlock() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [identifier, setIdentifier] = useState('');
  const [reason, setReason] = useState('');
  const add = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/{tenant}/admin/blocklist', { params: { path: { tenant: slug } }, body: { identifier, reason } })),
    onSuccess: async () => {
      setIdentifier('');
      setReason('');
      await qc.invalidateQueries({ queryKey: keys.blocklist(slug) });
    },
  });
  return (
    <SubmitForm onSubmit={() => add.mutate()}>
      <div className="toolbar">
        <Field
          label={m('identifier')}
          name="block-identifier"
          value={identifier}
          onChange={setIdentifier}
          error={errorFor(add.error, 'identifier')}
          hint={m('identifierHint')}
        />
        <Field label={m('reason')} name="block-reason" value={reason} onChange={setReason} error={errorFor(add.error, 'reason')} />
        <button type="submit" className="primary" disabled={add.isPending}>
          {m('block')}
        </button>
      </div>
      <ErrorText error={formError(add.error, ['identifier', 'reason'])} />
    </SubmitForm>
  );
}

function BlocklistImport() {
  const m = useMessages(setupMessages);
  const { slug } = useTenant();
  const qc = useQueryClient();
  const id = useId();
  const run = useMutation({
    mutationFn: async (file: File) =>
      unwrap(await api.POST('/api/{tenant}/admin/blocklist/import', { params: { path: { tenant: slug } }, body: { csv: await file.text() } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.blocklist(slug) }),
  });
  return (
    <div className="field">
      <label htmlFor={id}>{m('blocklistCsv')}</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        disabled={run.isPending}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) run.mutate(file);
          e.target.value = '';
        }}
      />
      <small id={`${id}-hint`} className="hint">
        {m('blocklistCsvHint')}
      </small>
      {run.data ? (
        <p role="status" className="ok">
          {m('blocklistImported', { added: run.data.added, updated: run.data.updated })}
        </p>
      ) : null}
      <ErrorText error={run.error} />
    </div>
  );
}
