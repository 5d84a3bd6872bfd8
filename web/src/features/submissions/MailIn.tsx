import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Model, ResponseOf } from '../../api/types';
import { useI18n, type T } from '../../app/i18n';
import { navigate } from '../../app/router';
import { useSessionState } from '../../app/storage';
import { useTenant } from '../../app/tenant';
import { ErrorText, Field, Link } from '../../app/ui';
import { DeviceFinder } from '../catalog/DeviceFinder';
import { PdfButtons, pdfOf } from '../print/PdfButtons';

type Submission = ResponseOf<'/api/{tenant}/submissions/{id}', 'get'>;
type Condition = Submission['condition'];
const CONDITIONS: Condition[] = ['excellent', 'good', 'fair', 'poor'];

/** A status of seed 001's lifecycle in the reader's words. */
function statusText(t: T, status: string): string {
  const key = `mail.${status}` as Parameters<T>[0];
  const text = t(key);
  return text === key ? status : text;
}

/** An angle key (front, back, screen_on, or one the tenant made up) in the reader's words. */
function angleText(t: T, angle: string): string {
  const key = `angle.${angle}` as Parameters<T>[0];
  const text = t(key);
  return text === key ? angle.replace(/_/g, ' ') : text;
}

/** "My mail-ins": the customer's submissions and the way to start one. */
export function MailInList() {
  const { t, date } = useI18n();
  const { slug } = useTenant();
  const list = useQuery({
    queryKey: ['submissions', slug],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/submissions', { params: { path: { tenant: slug }, query: {} } })),
  });
  return (
    <section aria-labelledby="mail-h">
      <h1 id="mail-h">{t('mailInTitle')}</h1>
      <p>{t('mailInIntro')}</p>
      <p>
        <Link href="/mail-in/new" className="button primary">
          {t('mailInStart')}
        </Link>
      </p>
      <ErrorText error={list.error} />
      {list.data && list.data.results.length === 0 ? <p>{t('mailInNone')}</p> : null}
      <ul className="cards">
        {list.data?.results.map((s) => (
          <li key={s.id} className="card">
            <h2>{s.product_name}</h2>
            <p>
              {t('status')}: <strong>{statusText(t, s.status)}</strong> · <span className="muted">{date(s.created_at)}</span>
            </p>
            <Link href={`/mail-in/${s.id}`}>
              {t('open')} <span className="sr-only">{s.product_name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Draft {
  model: Model | null;
  condition: Condition | '';
  serial: string;
  description: string;
}
const EMPTY: Draft = { model: null, condition: '', serial: '', description: '' };
const DRAFT_KEY = 'tradein.customer.mailin';

/** A new mail-in: the device, its condition and serial number; photos come next. Kept across reloads. */
export function MailInNew() {
  const { t } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [draft, setDraft] = useSessionState<Draft>(DRAFT_KEY, EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const legend = useId();
  const descId = useId();
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  if (!draft.model) {
    return (
      <section aria-labelledby="mn-h">
        <h1 id="mn-h">{t('mailInNewTitle')}</h1>
        <DeviceFinder autoFocus onPick={(model) => patch({ model })} />
      </section>
    );
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!draft.model || !draft.condition) return;
    setBusy(true);
    setError(null);
    try {
      const created = unwrap(
        await api.POST('/api/{tenant}/submissions', {
          params: { path: { tenant: slug } },
          body: {
            product_id: draft.model.id,
            condition: draft.condition,
            serial_number: draft.serial.trim() || null,
            description: draft.description.trim() || null,
          },
        }),
      );
      await qc.invalidateQueries({ queryKey: ['submissions'] });
      // Written now: the screen is left in this same render, before its storage effect would run.
      sessionStorage.removeItem(DRAFT_KEY);
      navigate(`/mail-in/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="mn-h">
      <h1 id="mn-h">{draft.model.product_name}</h1>
      <button type="button" className="link" onClick={() => patch({ model: null })}>
        ← {t('changeDevice')}
      </button>
      <form className="card" onSubmit={submit} noValidate>
        <fieldset className="question">
          <legend id={legend}>{t('condition')}</legend>
          <div className="answers">
            {CONDITIONS.map((c) => (
              <label key={c} className={draft.condition === c ? 'choice checked' : 'choice'}>
                <input type="radio" name="condition" value={c} checked={draft.condition === c} onChange={() => patch({ condition: c })} />
                <span>{t(`condition.${c}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('serialLabel')} name="serial" value={draft.serial} onChange={(serial) => patch({ serial })} autoComplete="off" hint={t('imeiHint')} />
        <div className="field">
          <label htmlFor={descId}>{t('description')}</label>
          <textarea
            id={descId}
            name="description"
            rows={3}
            maxLength={2000}
            value={draft.description}
            onChange={(e) => patch({ description: e.target.value })}
          />
        </div>
        <ErrorText error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !draft.condition}>
            {busy ? t('loading') : t('createSubmission')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** One mail-in: photos for the required angles and submit; the offer to accept or decline; the label and how to pack. */
export function MailInDetail({ id }: { id: string }) {
  const { t, money, date } = useI18n();
  const { slug } = useTenant();
  const path = { tenant: slug, id };
  const sub = useQuery({
    queryKey: ['submission', slug, id],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/submissions/{id}', { params: { path } })),
  });
  const angles = useQuery({
    queryKey: ['submission-angles', slug, id],
    enabled: sub.data?.status === 'draft',
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/web/submissions/{id}/angles', { params: { path } })),
  });
  if (sub.isError) return <ErrorText error={sub.error} />;
  if (!sub.data) return <p role="status">{t('loading')}</p>;
  const s = sub.data;
  return (
    <section aria-labelledby="md-h">
      <Link href="/mail-in">← {t('mailInTitle')}</Link>
      <h1 id="md-h">{s.product_name}</h1>
      <p className="summary">
        {t('status')}: <strong data-testid="mail-status">{statusText(t, s.status)}</strong> · {t('condition')}: {t(`condition.${s.condition}`)}
        {s.serial_number ? ` · ${s.serial_number}` : ''}
      </p>
      {s.valuation && (s.status === 'draft' || s.status === 'submitted') ? (
        <p>
          {t('estimate')}: <strong>{money(s.valuation.suggested_offer, s.valuation.currency)}</strong>
        </p>
      ) : null}
      {s.status === 'draft' ? <Photos submission={s} required={angles.data?.required ?? []} missing={angles.data?.missing ?? []} /> : null}
      {s.status === 'submitted' ? (
        <p className="card" role="status">
          {t('submittedNote')}
        </p>
      ) : null}
      {s.current_offer ? <OfferBox submission={s} /> : null}
      {s.shipping_kit ? <ShippingKit submission={s} /> : null}
      {s.history.length ? (
        <details className="card">
          <summary>{t('history')}</summary>
          <ol className="history">
            {s.history.map((h, i) => (
              <li key={i}>
                {statusText(t, h.status)} · <span className="muted">{date(h.at, true)}</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function Photos({ submission, required, missing }: { submission: Submission; required: string[]; missing: string[] }) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => qc.invalidateQueries({ predicate: (q) => ['submission', 'submission-angles', 'submissions'].includes(String(q.queryKey[0])) });
  const upload = async (angle: string, file: File | undefined) => {
    if (!file) return;
    setBusy(angle);
    setError(null);
    try {
      const body = new FormData();
      body.append('file', file, file.name || `${angle}.jpg`);
      unwrap(
        await api.POST('/api/{tenant}/photos', { params: { path: { tenant: slug }, query: { angle, submission_id: submission.id } }, body: body as never }),
      );
      await refresh();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const submit = async () => {
    setError(null);
    try {
      unwrap(await api.POST('/api/{tenant}/submissions/{id}', { params: { path: { tenant: slug, id: submission.id } }, body: {} }));
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  const photoOf = (angle: string) => [...submission.photos].reverse().find((p) => p.angle === angle);
  return (
    <div className="card">
      <h2>{t('photos')}</h2>
      <p className="hint">{t('photosHint')}</p>
      <ul className="angles">
        {required.map((angle) => {
          const photo = photoOf(angle);
          return (
            <li key={angle} className="angle">
              {photo ? (
                <img src={photo.thumbnail_url} alt={t('photoTaken', { angle: angleText(t, angle) })} width={96} height={96} />
              ) : (
                <span className="angle-empty" aria-hidden="true" />
              )}
              <label className="angle-input">
                {t('photoOf', { angle: angleText(t, angle) })}
                <input
                  type="file"
                  accept="image/*"
                  capture="environment"
                  name={`photo-${angle}`}
                  className="file"
                  disabled={busy !== null}
                  onChange={(e) => void upload(angle, e.target.files?.[0])}
                />
              </label>
              {busy === angle ? <span role="status">{t('uploading')}</span> : null}
            </li>
          );
        })}
      </ul>
      {missing.length ? <p className="hint">{t('missingPhotos', { angles: missing.map((a) => angleText(t, a)).join(', ') })}</p> : null}
      <ErrorText error={error} />
      <div className="actions">
        <button type="button" className="primary" disabled={missing.length > 0 || busy !== null} onClick={() => void submit()}>
          {t('submitForOffer')}
        </button>
      </div>
    </div>
  );
}

function OfferBox({ submission }: { submission: Submission }) {
  const { t, money, date } = useI18n();
  const { slug } = useTenant();
  const qc = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const offer = submission.current_offer!;
  const answer = async (action: 'accept' | 'decline') => {
    setBusy(true);
    setError(null);
    try {
      const res = unwrap(
        await api.POST('/api/{tenant}/offers/{id}', {
          params: { path: { tenant: slug, id: offer.id } },
          body: { action, reason: action === 'decline' ? reason.trim() || null : null },
        }),
      );
      qc.setQueryData(['submission', slug, submission.id], res.submission);
      await qc.invalidateQueries({ queryKey: ['submissions'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="card offer" aria-labelledby="offer-h">
      <h2 id="offer-h">{t('offerTitle')}</h2>
      <p className="price" data-testid="offer">
        {money(offer.amount, offer.currency)}
      </p>
      {offer.notes ? <p>{offer.notes}</p> : null}
      {offer.status === 'expired' ? (
        <p className="error">{t('offerExpired')}</p>
      ) : (
        <>
          <p className="muted">{t('offerValid', { time: date(offer.expires_at, true) })}</p>
          {declining ? (
            <div className="field">
              <label htmlFor={reasonId}>{t('declineReason')}</label>
              <textarea id={reasonId} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          ) : null}
          <ErrorText error={error} />
          <div className="actions">
            {declining ? (
              <>
                <button type="button" className="danger" disabled={busy} onClick={() => void answer('decline')}>
                  {t('confirmDecline')}
                </button>
                <button type="button" onClick={() => setDeclining(false)}>
                  {t('back')}
                </button>
              </>
            ) : (
              <>
                <button type="button" className="primary" disabled={busy} onClick={() => void answer('accept')}>
                  {t('acceptOffer')}
                </button>
                <button type="button" disabled={busy} onClick={() => setDeclining(true)}>
                  {t('declineOffer')}
                </button>
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function ShippingKit({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const { slug } = useTenant();
  const load = async () =>
    pdfOf(
      await api.GET('/api/{tenant}/submissions/{id}/kit', {
        params: { path: { tenant: slug, id: submission.id }, query: { kind: 'mail_in' } },
        parseAs: 'blob',
      }),
    );
  return (
    <div className="card kit">
      <h2>{t('labelTitle')}</h2>
      <PdfButtons load={load} fileName={`${submission.id}-label.pdf`} openLabel={t('printLabel')} downloadLabel={t('downloadLabel')} />
      <h3>{t('packingTitle')}</h3>
      <ol className="packing-steps">
        <li>{t('pack1')}</li>
        <li>{t('pack2')}</li>
        <li>{t('pack3')}</li>
        <li>{t('pack4')}</li>
      </ol>
    </div>
  );
}

/** The mail-in screens by path part: the list (none), a new one (`new`) or one submission. A lazy chunk of its own. */
export default function MailIn({ part }: { part: string | undefined }) {
  if (!part) return <MailInList />;
  if (part === 'new') return <MailInNew />;
  return <MailInDetail id={part} />;
}
