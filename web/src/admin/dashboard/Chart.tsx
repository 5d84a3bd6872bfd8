import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

const HEIGHT = 240;
/** Whole steps on an axis of counts or of money in whole units (no “0.5 devices”, no “0 €, 0 €, 1 €”). */
const COUNT_INCRS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000,
  100_000_000, 1_000_000_000,
];

/**
 * One uPlot chart over categories (days, stores, steps…): `labels` name the x positions, each
 * series draws bars or a line. The canvas is an image for assistive technology (its title); the
 * numbers are in the table beside it (`ChartFigure`). Axis numbers go through `format` (Intl).
 */
export function Chart({
  title,
  labels,
  series,
  kind,
  format,
  counts = false,
}: {
  title: string;
  labels: string[];
  series: ChartSeries[];
  kind: 'bar' | 'line';
  format(n: number): string;
  counts?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const opts: uPlot.Options = {
      width: Math.max(el.clientWidth, 280),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, auto: false, range: [-0.5, Math.max(labels.length, 1) - 0.5] },
        y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        {
          values: (_u, splits) => splits.map((v) => labels[v] ?? ''),
          incrs: [1, 2, 5, 7, 14, 30, 60, 90],
          // Day labels ("13. Nov.") need room; a few store or step names fit closer.
          space: kind === 'line' || labels.length > 12 ? 70 : 40,
          stroke: '#1a1a1a',
        },
        { values: (_u, splits) => splits.map((v) => format(v)), size: 80, stroke: '#1a1a1a', ...(counts ? { incrs: COUNT_INCRS } : {}) },
      ],
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          fill: kind === 'bar' ? s.color : undefined,
          // Two series side by side in each slot, one on each side of its x.
          paths:
            kind === 'bar' ? uPlot.paths.bars?.({ size: [series.length > 1 ? 0.4 : 0.6, 64], align: series.length > 1 ? (i === 0 ? -1 : 1) : 0 }) : undefined,
          points: { show: kind === 'line' && labels.length <= 31 },
        })),
      ],
    };
    const plot = new uPlot(opts, [labels.map((_, i) => i), ...series.map((s) => s.values)] as uPlot.AlignedData, el);
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 280), height: HEIGHT }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [labels, series, kind, format, counts]);
  return <div ref={ref} className="chart" role="img" aria-label={title} data-chart={title} />;
}

/** A chart with its legend and an accessible table of the same numbers (shown on request). */
export function ChartFigure({
  title,
  tableLabel,
  chart,
  legend,
  controls,
  children,
}: {
  title: string;
  tableLabel: string;
  chart: React.ReactNode;
  legend?: ChartSeries[];
  controls?: React.ReactNode;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <figure className="card chart-figure" aria-labelledby={id}>
      <figcaption id={id}>
        <h2>{title}</h2>
      </figcaption>
      {controls}
      {legend && legend.length > 1 ? (
        <ul className="legend">
          {legend.map((s) => (
            <li key={s.label}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {chart}
      <details className="chart-table">
        <summary>{tableLabel}</summary>
        {children}
      </details>
    </figure>
  );
}
