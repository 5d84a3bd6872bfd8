import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { upgradeMessages } from './messages';
import { DataTable } from '../DataTable';
import '../dashboard/dashboard.css';

type Detail = ResponseOf<'/api/{tenant}/submissions/{id}', 'get'>;
type Msg = ReturnType<typeof useMessages<keyof (typeof upgradeMessages)['en']>>;
const STATUSES = ['submitted', 'offered', 'accepted', 'shipped', 'received', 'inspected', 'completed', 'declined', 'draft'] as const;
type Status = (typeof STATUSES)[number];

/** The Upgrade portal desk (seed 001, admin side): submissions by status with photos and offers, and customers. */
export default function UpgradeArea() {
  const m = useMessages(upgradeMessages);
  const [tab, setTab] = useState<'submissions' | 'customers'>('submissions');
  return (
    <div className="upgrade">
      <h1>{m('title')}</h1>
      <div className="tabs">
        <button type="button" aria-pressed={tab === 'submissions'} onClick={() => setTab('submissions')}>
          {m('submissions')}
        </button>
        <button type="button" aria-pressed={tab === 'customers'} onClick={() => setTab('customers')}>
          {m('customers')}
        </button>
      </div>
      {tab === 'submissions' ? <Submissions m={m} /> : <Customers m={m} />}
    </div>
  );
}

function Submissions({ m }: { m: Msg }) {
  const { slug } = useTenant();
  const { date } = useI18n();
  const [status, setStatus] = useState<Status | ''>('submitted');
  const [openId, setOpenId] = useState<string | null>(null);
  const statusId = useId();
  const list = useQuery({
    queryKey: ['upgrade-submissions', slug, status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/{tenant}/submissions', { params: { path: { tenant: slug }, query: { limit: 100, offset: 0, ...(status ? { status } : {}) } } }),
      ),
  });
  return (
    <>
      <div className="field">
        <label htmlFor={statusId}>{m('status')}</label>
        <select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">{m('all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {m(`s.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {list.isError ? <ErrorText error={list.error} /> : null}
      {list.data ? (
        list.data.results.length === 0 ? (
          <p role="status">{m('noSubmissions')}</p>
        ) : (
          <DataTable
            className="data"
            name="submissions"
            caption={m('total', { count: list.data.count })}
            rows={list.data.results}
            rowKey={(s) => s.id}
            columns={[
              { header: m('submission'), rowHeader: true, cell: (s) => s.id },
              { header: m('product'), cell: (s) => s.product_name },
              { header: m('condition'), cell: (s) => m(`c.${s.condition}`) },
              { header: m('status'), cell: (s) => statusLabel(m, s.status) },
              { header: m('submitted'), cell: (s) => (s.submitted_at ? date(s.submitted_at, true) : m('none')) },
              {
                header: <span className="sr-only">{m('open')}</span>,
                cell: (s) => (
                  <button type="button" className="link" aria-label={`${m('open')} ${s.id}`} onClick={() => setOpenId(s.id)}>
                    {m('open')}
                  </button>
                ),
              },
            ]}
          />
        )
      ) : null}
      {openId ? <SubmissionDetail id={openId} m={m} onClose={() => setOpenId(null)} /> : null}
    </>
  );
}

const statusLabel = (m: Msg, s: string) => ((STATUSES as readonly string[]).includes(s) ? m(`s.${s as Status}`) : s);

function SubmissionDetail({ id, m, onClose }: { id: string; m: Msg; onClose(): void }) {
  const { slug } = useTenant();
  const { money, date } = useI18n();
  const detail = useQuery({
    queryKey: ['upgrade-submission', slug, id],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/submissions/{id}', { params: { path: { tenant: slug, id } } })),
  });
  const headingId = useId();
  if (detail.isError) return <ErrorText error={detail.error} />;
  const s = detail.data;
  if (!s) return <p role="status">…</p>;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {s.product_name} · {s.id}
      </h2>
      <dl className="diff">
        <dt>{m('status')}</dt>
        <dd data-field="status">{statusLabel(m, s.status)}</dd>
        <dt>{m('condition')}</dt>
        <dd>{m(`c.${s.condition}`)}</dd>
        <dt>{m('serial')}</dt>
        <dd>{s.serial_number ?? m('none')}</dd>
        <dt>{m('description')}</dt>
        <dd>{s.description ?? m('none')}</dd>
      </dl>
      <h3>{m('photos')}</h3>
      <ul className="photos">
        {s.photos.map((p) => (
          <li key={p.id}>
            <a href={p.url} target="_blank" rel="noopener noreferrer">
              <img
                src={p.thumbnail_url}
                alt={m('photoAlt', { angle: p.angle ?? p.id })}
                width={120}
                height={Math.round((120 * p.height) / Math.max(p.width, 1))}
              />
            </a>
          </li>
        ))}
      </ul>
      {s.valuation ? (
        <>
          <h3>{m('valuation')}</h3>
          <dl className="diff">
            <dt>{m('baseValue')}</dt>
            <dd>{money(s.valuation.base_value, s.valuation.currency)}</dd>
            <dt>{m('modifier')}</dt>
            <dd>
              {m(`c.${s.valuation.condition}`)}: {s.valuation.modifier_percent} %
            </dd>
            <dt>{m('suggested')}</dt>
            <dd data-field="suggested">{money(s.valuation.suggested_offer, s.valuation.currency)}</dd>
          </dl>
        </>
      ) : null}
      {s.offers.length ? (
        <DataTable
          className="data"
          name="offers"
          caption={m('offers')}
          rows={s.offers}
          rowKey={(o) => o.id}
          columns={[
            { header: m('amount'), numeric: true, cell: (o) => money(o.amount, o.currency) },
            { header: m('status'), cell: (o) => m(`o.${o.status}`) },
            { header: m('expires'), cell: (o) => date(o.expires_at, true) },
            { header: m('notes'), cell: (o) => o.notes ?? m('none') },
          ]}
        />
      ) : null}
      {s.status === 'submitted' || s.status === 'offered' ? <OfferForm submission={s} m={m} /> : <p>{m('cannotOffer')}</p>}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {m('close')}
        </button>
      </div>
    </section>
  );
}

function OfferForm({ submission: s, m }: { submission: Detail; m: Msg }) {
  const { slug } = useTenant();
  const { money } = useI18n();
  const qc = useQueryClient();
  const suggested = s.valuation?.suggested_offer ?? null;
  const [amount, setAmount] = useState(suggested !== null ? String(suggested) : '');
  const [notes, setNotes] = useState('');
  const [expiry, setExpiry] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const ids = { amount: useId(), notes: useId(), expiry: useId() };
  const offer = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/{tenant}/offers', {
          params: { path: { tenant: slug } },
          body: {
            submission_id: s.id,
            amount: amount.trim() === '' ? null : Number(amount),
            notes: notes.trim() || null,
            // The end of the chosen day (UTC) — the server refuses a moment in the past.
            expires_at: expiry ? `${expiry}T23:59:59Z` : null,
          },
        }),
      ),
    onSuccess: async (o) => {
      setSent(m('offerSent', { amount: money(o.amount, o.currency) }));
      await qc.invalidateQueries({ queryKey: ['upgrade-submission', slug, s.id] });
      await qc.invalidateQueries({ queryKey: ['upgrade-submissions', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(null);
    offer.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={m('makeOffer')}>
      <h3>{m('makeOffer')}</h3>
      <div className="field">
        <label htmlFor={ids.amount}>{m('offerAmount', { currency: s.currency })}</label>
        <input
          id={ids.amount}
          name="amount"
          type="number"
          min={0}
          step="0.01"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-describedby={suggested !== null ? `${ids.amount}-hint` : undefined}
        />
        {suggested !== null ? (
          <small id={`${ids.amount}-hint`} className="hint">
            {m('offerAmountHint', { amount: money(suggested, s.currency) })}
          </small>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.expiry}>{m('offerExpiry')}</label>
        <input id={ids.expiry} name="expires" type="date" value={expiry} onChange={(e) => setExpiry(e.target.value)} aria-describedby={`${ids.expiry}-hint`} />
        <small id={`${ids.expiry}-hint`} className="hint">
          {m('offerExpiryHint')}
        </small>
      </div>
      <div className="field">
        <label htmlFor={ids.notes}>{m('offerNotes')}</label>
        <textarea id={ids.notes} name="notes" maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={offer.isPending}>
        {m('sendOffer')}
      </button>
      {offer.isError ? <ErrorText error={offer.error} /> : null}
      {sent ? (
        <p role="status" className="ok-note">
          {sent}
        </p>
      ) : null}
    </form>
  );
}

function Customers({ m }: { m: Msg }) {
  const { slug } = useTenant();
  const { date } = useI18n();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const searchId = useId();
  const list = useQuery({
    queryKey: ['upgrade-customers', slug, q],
    queryFn: async () =>
      unwrap(await api.GET('/api/{tenant}/admin/customers', { params: { path: { tenant: slug }, query: { page: 1, page_size: 50, ...(q ? { q } : {}) } } })),
  });
  return (
    <>
      <form
        className="actions"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft.trim());
        }}
      >
        <div className="field">
          <label htmlFor={searchId}>{m('search')}</label>
          <input id={searchId} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${searchId}-hint`} />
          <small id={`${searchId}-hint`} className="hint">
            {m('searchHint')}
          </small>
        </div>
        <button type="submit">{m('search')}</button>
      </form>
      {list.isError ? <ErrorText error={list.error} /> : null}
      {list.data ? (
        list.data.results.length === 0 ? (
          <p role="status">{m('noCustomers')}</p>
        ) : (
          <DataTable
            className="data"
            name="customers"
            caption={m('total', { count: list.data.count })}
            rows={list.data.results}
            rowKey={(c) => c.id}
            columns={[
              { header: m('name'), rowHeader: true, cell: (c) => `${c.first_name} ${c.last_name}`.trim() || c.email },
              { header: m('email'), cell: (c) => c.email },
              { header: m('phone'), cell: (c) => c.phone ?? m('none') },
              { header: m('count'), numeric: true, cell: (c) => c.submission_count },
              { header: m('since'), cell: (c) => date(c.created_at) },
            ]}
          />
        )
      ) : null}
    </>
  );
}
