import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { useI18n, useMessages } from '../../app/i18n';
import { useTenant } from '../../app/tenant';
import { ErrorText } from '../../app/ui';
import { DataTable } from '../DataTable';
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
          <DataTable
            className="data"
            name="per_day"
            rows={data.per_day}
            rowKey={(d) => d.day}
            columns={[
              { header: m('day'), rowHeader: true, cell: (d) => f.longDay(d.day) },
              { header: m('tradeIns'), numeric: true, cell: (d) => f.int(d.trade_ins) },
              { header: m('devices'), numeric: true, cell: (d) => f.int(d.devices) },
            ]}
          />
        </ChartFigure>

        <ChartFigure
          title={m('perStore')}
          tableLabel={m('table')}
          chart={<Chart title={m('perStore')} labels={storeLabels} series={storeSeries} kind="bar" format={f.int} counts />}
        >
          <DataTable
            className="data"
            name="per_store"
            rows={data.per_store}
            rowKey={(s, i) => s.location_id ?? `none-${i}`}
            columns={[
              { header: m('store'), rowHeader: true, cell: (s) => storeName(s.name, s.location_id) },
              { header: m('tradeIns'), numeric: true, cell: (s) => f.int(s.trade_ins) },
              { header: m('devices'), numeric: true, cell: (s) => f.int(s.devices) },
            ]}
          />
        </ChartFigure>

        <ChartFigure
          title={m('values', { currency })}
          tableLabel={m('table')}
          legend={valueSeries}
          chart={<Chart title={m('values', { currency })} labels={dayLabels} series={valueSeries} kind="bar" format={moneyAxis} counts />}
        >
          <DataTable
            className="data"
            name="values"
            rows={data.values}
            rowKey={(v) => `${v.day}-${v.currency}`}
            columns={[
              { header: m('day'), rowHeader: true, cell: (v) => f.longDay(v.day) },
              { header: m('offered'), numeric: true, cell: (v) => f.money(v.offered, v.currency) },
              { header: m('paid'), numeric: true, cell: (v) => f.money(v.paid, v.currency) },
            ]}
          />
        </ChartFigure>

        <ChartFigure
          title={m('funnel')}
          tableLabel={m('table')}
          chart={<Chart title={m('funnel')} labels={funnelLabels} series={funnelSeries} kind="bar" format={f.int} counts />}
        >
          <DataTable
            className="data"
            name="funnel"
            rows={data.funnel}
            rowKey={(s) => s.status}
            columns={[
              { header: m('step'), rowHeader: true, cell: (s) => stepName(s.status) },
              { header: m('devices'), numeric: true, cell: (s) => f.int(s.devices) },
              { header: m('avgTime'), numeric: true, cell: (s) => f.hours(s.avg_hours) },
              { header: m('medianTime'), numeric: true, cell: (s) => f.hours(s.median_hours) },
            ]}
          />
          <DataTable
            className="data"
            name="statuses"
            caption={m('now')}
            rows={data.statuses}
            rowKey={(x) => x.status}
            columns={[
              { header: m('status'), rowHeader: true, cell: (x) => stepName(x.status) },
              { header: m('devices'), numeric: true, cell: (x) => f.int(x.devices) },
            ]}
          />
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
          <DataTable
            className="data"
            name="adjustments"
            rows={adjustments}
            rowKey={(a, i) => `${a.key}-${i}`}
            columns={[
              { header: m(by === 'store' ? 'byStore' : by === 'agent' ? 'byAgent' : 'byModel'), rowHeader: true, cell: (_, i) => adjLabels[i] },
              { header: m('devices'), numeric: true, cell: (a) => f.int(a.devices) },
              { header: m('adjusted'), numeric: true, cell: (a) => f.int(a.adjusted) },
              { header: m('rate'), numeric: true, cell: (a) => f.pct(a.adjustment_rate) },
              { header: m('avgAdjustment'), numeric: true, cell: (a) => f.money(a.average_adjustment, a.currency) },
              { header: m('topQuestions'), cell: (a) => a.top_questions.map((q) => `${q.label} (${f.int(q.count)})`).join(', ') },
            ]}
          />
        </ChartFigure>

        <ChartFigure
          title={m('campaigns')}
          tableLabel={m('table')}
          chart={<Chart title={m('campaigns')} labels={campLabels} series={campSeries} kind="bar" format={f.int} counts />}
        >
          <DataTable
            className="data"
            name="campaigns"
            rows={data.campaigns.results}
            rowKey={(c) => c.campaign_id}
            empty={m('noCampaigns')}
            columns={[
              { header: m('campaign'), rowHeader: true, cell: (c) => c.name ?? `#${c.campaign_id}` },
              { header: m('devices'), numeric: true, cell: (c) => f.int(c.devices) },
              { header: m('share'), numeric: true, cell: (c) => f.pct(data.campaigns.devices ? c.devices / data.campaigns.devices : 0) },
            ]}
          />
        </ChartFigure>
      </div>
    </>
  );
}
