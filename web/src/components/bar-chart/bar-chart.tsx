import { useEffect, useRef } from 'react';

export type TBarSeries = { label: string; values: readonly (number | null)[]; color: string };

export type TBarChartProps = {
  /** One group of bars per label (a year, a quarter). */
  labels: readonly string[];
  /** Two series at most: the first drawn left of each label, the second right of it. */
  series: readonly TBarSeries[];
  /** The value axis' numbers, in the reader's language ("10.000", "50 %"). */
  format: (value: number) => string;
  /** What the chart shows, read by screen readers instead of the drawing. */
  summary: string;
};

const height = 180;

/**
 * Grouped bars drawn by uPlot, which is fetched with the first chart shown, never with the first
 * screen. The drawing fills its box's width and follows it when the box resizes (a phone turned).
 * Screen readers get `summary`; the exact figures are in a table beside each chart.
 */
export function BarChart(props: TBarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const { labels, series, format } = props;
  const data = JSON.stringify([labels, series]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cancelled = false;
    let chart:
      | { destroy: () => void; setSize: (size: { width: number; height: number }) => void }
      | undefined;
    const resized = new ResizeObserver(() => chart?.setSize({ width: element.clientWidth, height }));
    import('./draw-bars').then(({ drawBars }) => {
      if (cancelled) return;
      const [drawnLabels, drawnSeries] = JSON.parse(data) as [string[], TBarSeries[]];
      chart = drawBars(element, { labels: drawnLabels, series: drawnSeries, format, height });
      resized.observe(element);
    });
    return () => {
      cancelled = true;
      resized.disconnect();
      chart?.destroy();
    };
  }, [data, format]);
  return (
    <figure className="bar-chart">
      <div ref={box} className="bar-chart-plot" role="img" aria-label={props.summary} style={{ height }} />
      <figcaption className="legend" aria-hidden="true">
        {series.map((s) => (
          <span key={s.label} className="legend-item">
            <span className="swatch" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
