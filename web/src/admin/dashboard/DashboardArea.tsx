import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { Chart, ChartFigure, type ChartSeries } from './Chart';
import { dashboardMessages } from './messages';
import './dashboard.css';

type Data = ResponseOf<'/api/{tenant}/admin/dashboard', 'get'>;
type Dimension = 'store' | 'agent' | 'model';
type Msg = ReturnType<typeof useMessages<keyof (typeof dashboardMessages)['en']>>;

// Colours with at least 3:1 contrast on white (WCAG non-text contrast).
const BLUE = '#0b5cad';
const ORANGE = '#b54708';
const GREEN = '#146c2e';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Number, money, percent, hours and day formats of the chosen locale (Intl). */
function useFormats() {
  const { locale } = useI18n();
  return useMemo(() => {
    const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const money = (n: number, currency: string, whole = false) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) }).format(n);
    return {
      int: (n: number) => int.format(n),
      pct: (n: number) => pct.format(n),
      hours: (n: number | null) => (n === null ? '–' : hours.format(n)),
      day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
      longDay: (iso: string) => longDay.format(new Date(`${iso}T00:00:00Z`)),
      money,
    };
  }, [locale]);
}

/** The back-office dashboard: a period, its key figures, and each series as a chart with its table. */
export default function DashboardArea() {
  const m = useMessages(dashboardMessages);
  const { slug } = useTenant();
  const today = isoDay(new Date());
  const [period, setPeriod] = useState({ from: isoDay(new Date(Date.now() - 29 * 86_400_000)), to: today });
  const [draft, setDraft] = useState(period);
  const [csvError, setCsvError] = useState<unknown>(null);
  const fromId = useId();
  const toId = useId();
  const query = useQuery({
    queryKey: ['admin-dashboard', slug, period.from, period.to],
    queryFn: async () => unwrap(await api.GET('/api/{tenant}/admin/dashboard', { params: { path: { tenant: slug }, query: period } })),
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(draft);
  };
  const downloadCsv = async () => {
    setCsvError(null);
    try {
      const res = await api.GET('/api/{tenant}/admin/dashboard.csv', { params: { path: { tenant: slug }, query: period }, parseAs: 'blob' });
      const blob = unwrap(res) as Blob;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `dashboard-${period.from}-${period.to}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setCsvError(err);
    }
  };

  return (
    <div className="dashboard">
      <h1>{m('title')}</h1>
      <form className="card period" onSubmit={apply} aria-label={m('period')}>
        <div className="field">
          <label htmlFor={fromId}>{m('from')}</label>
          <input
            id={fromId}
            name="from"
            type="date"
            value={draft.from}
            max={draft.to}
            required
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>{m('to')}</label>
          <input id={toId} name="to" type="date" value={draft.to} min={draft.from} required onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <button type="submit" className="primary">
          {m('show')}
        </button>
        <button type="button" onClick={() => void downloadCsv()}>
          {m('csv')}
        </button>
      </form>
      <ErrorText error={csvError} />
      {query.isError ? <ErrorText error={query.error} /> : null}
      {query.data ? <Report data={query.data} m={m} /> : query.isPending ? <p role="status">…</p> : null}
    </div>
  );
}

function Report({ data, m }: { data: Data; m: Msg }) {
  const f = useFormats();
  const [by, setBy] = useState<Dimension>('store');
  const byId = useId();
  const currency = data.currency;
  const main = data.totals.find((x) => x.currency === currency) ?? { currency, offered: 0, paid: 0, final: 0 };

  const dayLabels = useMemo(() => data.per_day.map((d) => f.day(d.day)), [data, f]);
  const daySeries = useMemo<ChartSeries[]>(
    () => [
      { label: m('tradeIns'), values: data.per_day.map((d) => d.trade_ins), color: BLUE },
      { label: m('devices'), values: data.per_day.map((d) => d.devices), color: ORANGE },
    ],
    [data, m],
  );
  const values = useMemo(() => data.values.filter((v) => v.currency === currency), [data, currency]);
  const valueSeries = useMemo<ChartSeries[]>(
    () => [
      { label: m('offered'), values: values.map((v) => v.offered), color: BLUE },
      { label: m('paid'), values: values.map((v) => v.paid), color: GREEN },
    ],
    [values, m],
  );
  const storeName = (name: string | null, id: number | null) => name ?? (id === null ? m('noStore') : m('unknown'));
  const storeLabels = useMemo(() => data.per_store.map((s) => storeName(s.name, s.location_id)), [data]);
  const storeSeries = useMemo<ChartSeries[]>(() => [{ label: m('tradeIns'), values: data.per_store.map((s) => s.trade_ins), color: BLUE }], [data, m]);
  // A status the catalog does not know (a newer one) shows as the server names it.
  const stepName = (s: string) => (`st.${s}` in dashboardMessages.en ? m(`st.${s}` as Parameters<Msg>[0]) : s);
  const funnelLabels = useMemo(() => data.funnel.map((s) => stepName(s.status)), [data, m]);
  const funnelSeries = useMemo<ChartSeries[]>(() => [{ label: m('devices'), values: data.funnel.map((s) => s.devices), color: BLUE }], [data, m]);
  const adjustments = data.adjustments[by];
  const adjLabels = useMemo(() => adjustments.map((a) => a.name ?? (a.key ? a.key : m('unknown'))), [adjustments, m]);
  const adjSeries = useMemo<ChartSeries[]>(() => [{ label: m('rate'), values: adjustments.map((a) => a.adjustment_rate), color: ORANGE }], [adjustments, m]);
  const campLabels = useMemo(() => data.campaigns.results.map((c) => c.name ?? `#${c.campaign_id}`), [data]);
  const campSeries = useMemo<ChartSeries[]>(() => [{ label: m('devices'), values: data.campaigns.results.map((c) => c.devices), color: GREEN }], [data, m]);
  const moneyAxis = useMemo(() => (n: number) => f.money(n, currency, true), [f, currency]);

  return (
    <>
      <ul className="kpis" aria-label={`${f.longDay(data.period.from)} – ${f.longDay(data.period.to)}`}>
        <li>
          {m('kpiTradeIns')}
          <strong data-kpi="trade_ins">{f.int(data.trade_ins)}</strong>
        </li>
        <li>
          {m('kpiDevices')}
          <strong data-kpi="devices">{f.int(data.devices)}</strong>
        </li>
        <li>
          {m('kpiOffered')}
          <strong data-kpi="offered">{f.money(main.offered, currency)}</strong>
        </li>
        <li>
          {m('kpiPaid')}
          <strong data-kpi="paid">{f.money(main.paid, currency)}</strong>
        </li>
        <li>
          {m('kpiUptake')}
          <strong data-kpi="uptake">{f.pct(data.campaigns.uptake_rate)}</strong>
        </li>
      </ul>
      {data.devices === 0 ? <p role="status">{m('empty')}</p> : null}
      <div className="grid">
        <ChartFigure
          title={m('perDay')}
          tableLabel={m('table')}
          legend={daySeries}
          chart={<Chart title={m('perDay')} labels={dayLabels} series={daySeries} kind="line" format={f.int} counts />}
        >
          <table className="data" data-table="per_day">
            <thead>
              <tr>
                <th scope="col">{m('day')}</th>
                <th scope="col" className="num">
                  {m('tradeIns')}
                </th>
                <th scope="col" className="num">
                  {m('devices')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.per_day.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{f.longDay(d.day)}</th>
                  <td className="num">{f.int(d.trade_ins)}</td>
                  <td className="num">{f.int(d.devices)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>

        <ChartFigure
          title={m('perStore')}
          tableLabel={m('table')}
          chart={<Chart title={m('perStore')} labels={storeLabels} series={storeSeries} kind="bar" format={f.int} counts />}
        >
          <table className="data" data-table="per_store">
            <thead>
              <tr>
                <th scope="col">{m('store')}</th>
                <th scope="col" className="num">
                  {m('tradeIns')}
                </th>
                <th scope="col" className="num">
                  {m('devices')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.per_store.map((s, i) => (
                <tr key={s.location_id ?? `none-${i}`}>
                  <th scope="row">{storeName(s.name, s.location_id)}</th>
                  <td className="num">{f.int(s.trade_ins)}</td>
                  <td className="num">{f.int(s.devices)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>

        <ChartFigure
          title={m('values', { currency })}
          tableLabel={m('table')}
          legend={valueSeries}
          chart={<Chart title={m('values', { currency })} labels={dayLabels} series={valueSeries} kind="bar" format={moneyAxis} counts />}
        >
          <table className="data" data-table="values">
            <thead>
              <tr>
                <th scope="col">{m('day')}</th>
                <th scope="col" className="num">
                  {m('offered')}
                </th>
                <th scope="col" className="num">
                  {m('paid')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.values.map((v) => (
                <tr key={`${v.day}-${v.currency}`}>
                  <th scope="row">{f.longDay(v.day)}</th>
                  <td className="num">{f.money(v.offered, v.currency)}</td>
                  <td className="num">{f.money(v.paid, v.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>

        <ChartFigure
          title={m('funnel')}
          tableLabel={m('table')}
          chart={<Chart title={m('funnel')} labels={funnelLabels} series={funnelSeries} kind="bar" format={f.int} counts />}
        >
          <table className="data" data-table="funnel">
            <thead>
              <tr>
                <th scope="col">{m('step')}</th>
                <th scope="col" className="num">
                  {m('devices')}
                </th>
                <th scope="col" className="num">
                  {m('avgTime')}
                </th>
                <th scope="col" className="num">
                  {m('medianTime')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.funnel.map((s) => (
                <tr key={s.status}>
                  <th scope="row">{stepName(s.status)}</th>
                  <td className="num">{f.int(s.devices)}</td>
                  <td className="num">{f.hours(s.avg_hours)}</td>
                  <td className="num">{f.hours(s.median_hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data" data-table="statuses">
            <caption>{m('now')}</caption>
            <thead>
              <tr>
                <th scope="col">{m('status')}</th>
                <th scope="col" className="num">
                  {m('devices')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.statuses.map((x) => (
                <tr key={x.status}>
                  <th scope="row">{stepName(x.status)}</th>
                  <td className="num">{f.int(x.devices)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>

        <ChartFigure
          title={m('adjustments')}
          tableLabel={m('table')}
          controls={
            <div className="field adjust-by">
              <label htmlFor={byId}>{m('by')}</label>
              <select id={byId} value={by} onChange={(e) => setBy(e.target.value as Dimension)}>
                <option value="store">{m('byStore')}</option>
                <option value="agent">{m('byAgent')}</option>
                <option value="model">{m('byModel')}</option>
              </select>
            </div>
          }
          chart={<Chart title={m('adjustments')} labels={adjLabels} series={adjSeries} kind="bar" format={f.pct} />}
        >
          <table className="data" data-table="adjustments">
            <thead>
              <tr>
                <th scope="col">{m(by === 'store' ? 'byStore' : by === 'agent' ? 'byAgent' : 'byModel')}</th>
                <th scope="col" className="num">
                  {m('devices')}
                </th>
                <th scope="col" className="num">
                  {m('adjusted')}
                </th>
                <th scope="col" className="num">
                  {m('rate')}
                </th>
                <th scope="col" className="num">
                  {m('avgAdjustment')}
                </th>
                <th scope="col">{m('topQuestions')}</th>
              </tr>
            </thead>
            <tbody>
              {adjustments.map((a, i) => (
                <tr key={`${a.key}-${i}`}>
                  <th scope="row">{adjLabels[i]}</th>
                  <td className="num">{f.int(a.devices)}</td>
                  <td className="num">{f.int(a.adjusted)}</td>
                  <td className="num">{f.pct(a.adjustment_rate)}</td>
                  <td className="num">{f.money(a.average_adjustment, a.currency)}</td>
                  <td>{a.top_questions.map((q) => `${q.label} (${f.int(q.count)})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>

        <ChartFigure
          title={m('campaigns')}
          tableLabel={m('table')}
          chart={<Chart title={m('campaigns')} labels={campLabels} series={campSeries} kind="bar" format={f.int} counts />}
        >
          {data.campaigns.results.length === 0 ? <p>{m('noCampaigns')}</p> : null}
          <table className="data" data-table="campaigns">
            <thead>
              <tr>
                <th scope="col">{m('campaign')}</th>
                <th scope="col" className="num">
                  {m('devices')}
                </th>
                <th scope="col" className="num">
                  {m('share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.campaigns.results.map((c) => (
                <tr key={c.campaign_id}>
                  <th scope="row">{c.name ?? `#${c.campaign_id}`}</th>
                  <td className="num">{f.int(c.devices)}</td>
                  <td className="num">{f.pct(data.campaigns.devices ? c.devices / data.campaigns.devices : 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ChartFigure>
      </div>
    </>
  );
}
