import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Model, Quote } from '../../api/types';
import { useI18n } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { InfoCards, safeHtml } from './InfoCards';

export interface Answers {
  answers: Record<string, number[]>;
  extras: number[];
}

/**
 * The grading questions of a model (radio buttons; tick boxes for multi-choice and extras). Every
 * change asks the server for a new quote once all questions are answered; the price, its
 * breakdown and its expiry come from the server.
 */
export function GradingForm({
  model,
  value,
  onChange,
  quote,
  onQuote,
  systemExtras = [],
  campaignId = null,
  identifier = null,
  isCorporate = false,
}: {
  model: Model;
  value: Answers;
  onChange(v: Answers): void;
  quote: Quote | null;
  onQuote(q: Quote | null): void;
  systemExtras?: number[];
  campaignId?: number | null;
  identifier?: string | null;
  isCorporate?: boolean;
}) {
  const { t, money, date } = useI18n();
  const { slug } = useTenant();
  const form = useQuery({
    queryKey: ['form', slug, model.id],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/catalog/models/{id}/grading_form', { params: { path: { tenant: slug, id: model.id } } })),
    staleTime: 10 * 60_000,
  });
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const seq = useRef(0);
  const [nonce, setNonce] = useState(0);
  const complete = !!form.data && form.data.questions.every((q) => (value.answers[String(q.id)] ?? []).length > 0);
  const key = JSON.stringify([value, systemExtras, campaignId, identifier, isCorporate, nonce]);

  useEffect(() => {
    if (!complete) return;
    const mine = ++seq.current;
    setPending(true);
    const id = setTimeout(async () => {
      try {
        const q = unwrap(
          await api.POST('/api/{tenant}/price_quotes', {
            params: { path: { tenant: slug } },
            body: {
              model_id: model.id,
              answers: value.answers,
              extras: value.extras,
              system_extras: systemExtras,
              campaign_id: campaignId,
              item_identifier: identifier,
              is_corporate: isCorporate,
            },
          }),
        );
        if (mine === seq.current) {
          setError(null);
          onQuote(q);
        }
      } catch (err) {
        if (mine === seq.current) setError(err);
      } finally {
        if (mine === seq.current) setPending(false);
      }
    }, 150);
    return () => clearTimeout(id);
  }, [key, complete, slug, model.id]);

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);

  if (form.isError) return <ErrorText error={form.error} />;
  if (!form.data) return <p role="status">{t('loading')}</p>;
  const f = form.data;
  const expired = quote ? new Date(quote.expires_at).getTime() <= now : false;

  const setAnswer = (qid: number, aid: number, multi: boolean, checked: boolean) => {
    const cur = value.answers[String(qid)] ?? [];
    const next = multi ? (checked ? [...cur, aid] : cur.filter((x) => x !== aid)) : [aid];
    onChange({ ...value, answers: { ...value.answers, [String(qid)]: next } });
  };
  const setExtra = (id: number, checked: boolean) => onChange({ ...value, extras: checked ? [...value.extras, id] : value.extras.filter((x) => x !== id) });

  return (
    <div className="grading">
      <form className="questions" onSubmit={(e) => e.preventDefault()}>
        {f.questions.map((q) => (
          <fieldset key={q.id} className="question">
            <legend>{q.label || q.name}</legend>
            {q.info ? <div className="q-info" dangerouslySetInnerHTML={{ __html: safeHtml(q.info) }} /> : null}
            <InfoCards cards={q.info_cards} />
            <div className="answers">
              {q.answers.map((a) => {
                const checked = (value.answers[String(q.id)] ?? []).includes(a.id);
                return (
                  <div key={a.id} className="answer">
                    <label className={checked ? 'choice checked' : 'choice'}>
                      <input
                        type={q.multi_choice ? 'checkbox' : 'radio'}
                        name={`q${q.id}`}
                        value={a.id}
                        checked={checked}
                        onChange={(e) => setAnswer(q.id, a.id, q.multi_choice, e.target.checked)}
                      />
                      <span>{a.name}</span>
                    </label>
                    <InfoCards cards={a.info_cards} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        {f.extras.length ? (
          <fieldset className="question">
            <legend>{t('extras')}</legend>
            {f.extras.map((x) => (
              <label key={x.id} className="choice">
                <input type="checkbox" checked={value.extras.includes(x.id)} onChange={(e) => setExtra(x.id, e.target.checked)} />
                <span>{x.label || x.name}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </form>
      <aside className="price-box" aria-live="polite" aria-busy={pending}>
        <h2>{t('yourPrice')}</h2>
        {!complete ? (
          <p>{t('answerAll')}</p>
        ) : quote ? (
          <>
            <p className="price" data-testid="price">
              {money(quote.offered_price, quote.currency)}
            </p>
            <p className="grade">{quote.grade}</p>
            <details open>
              <summary>{t('breakdown')}</summary>
              <table className="breakdown">
                <tbody>
                  {quote.breakdown.map((b, i) => (
                    <tr key={`${b.code}-${i}`}>
                      <th scope="row">{b.label}</th>
                      <td>{money(b.amount, quote.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            {expired ? (
              <p className="error" role="alert">
                {t('expired')}{' '}
                <button type="button" onClick={() => setNonce((n) => n + 1)}>
                  {t('refresh')}
                </button>
              </p>
            ) : (
              <p className="muted">{t('validUntil', { time: date(quote.expires_at, true) })}</p>
            )}
          </>
        ) : pending ? (
          <p role="status">{t('loading')}</p>
        ) : null}
        <ErrorText error={error} />
      </aside>
    </div>
  );
}

/** Whether a quote is still usable by its expiry (the server re-checks at registration). */
export function quoteLive(q: Quote | null): q is Quote {
  return !!q && new Date(q.expires_at).getTime() > Date.now();
}
