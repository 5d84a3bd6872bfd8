import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useI18n, useMessages } from '../../../app/i18n';
import { useTenant } from '../../../app/tenant';
import { ErrorText, Field } from '../../../app/ui';
import { setupMessages } from '../messages';
import { Pager } from '../parts';
import { DataTable } from '../../DataTable';

const PAGE = 25;

/** Outgoing e-mails, newest first, with delivery status; the text of each can be read. */
export default function EmailsScreen() {
  const m = useMessages(setupMessages);
  const { date } = useI18n();
  const { slug } = useTenant();
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery({
    queryKey: ['admin', slug, 'emails', to, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/admin/emails', {
          params: { path: { tenant: slug }, query: { to: to.trim() || undefined, limit: PAGE, offset: page * PAGE } },
        }),
      ),
    placeholderData: (prev) => prev,
  });
  const pages = Math.max(1, Math.ceil((list.data?.count ?? 0) / PAGE));
  return (
    <section aria-labelledby="emails-h">
      <h1 id="emails-h">{m('emails')}</h1>
      {list.data && !list.data.smtp_configured ? <p className="hint">{m('noSmtp')}</p> : null}
      <div className="toolbar">
        <Field
          label={m('recipient')}
          name="email-to"
          type="search"
          value={to}
          onChange={(v) => {
            setTo(v);
            setPage(0);
          }}
        />
      </div>
      <ErrorText error={list.error} />
      <DataTable
        caption={m('emailsCount', { count: list.data?.count ?? 0 })}
        rows={list.data?.results ?? []}
        rowKey={(e) => e.id}
        columns={[
          { header: m('createdAt'), cell: (e) => date(e.created_at, true) },
          { header: m('recipient'), cell: (e) => e.to },
          {
            header: m('subject'),
            cell: (e) => (
              <details>
                <summary>{e.subject}</summary>
                <pre className="mail-text">{e.text}</pre>
              </details>
            ),
          },
          {
            header: m('status'),
            cell: (e) => (
              <>
                {m(`mail.${e.status}`)}
                {e.last_error ? <small className="error"> {e.last_error}</small> : null}
              </>
            ),
          },
          { header: m('attempts'), numeric: true, cell: (e) => e.attempts },
        ]}
      />
      {pages > 1 ? <Pager page={page} pages={pages} onPage={setPage} /> : null}
    </section>
  );
}
