import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TBarSeries } from './bar-chart';

type TDrawing = {
  labels: string[];
  series: TBarSeries[];
  format: (value: number) => string;
  height: number;
};

// The first series left of its label, the second right of it: two bars side by side per group.
const sides = [-1, 1] as const;

/** Draws grouped bars into `element` at its current width; the caller resizes and destroys it. */
export function drawBars(element: HTMLElement, drawing: TDrawing): uPlot {
  const { labels, series, format, height } = drawing;
  const xs = labels.map((_, i) => i);
  const bars = uPlot.paths.bars;
  const options: uPlot.Options = {
    width: element.clientWidth,
    height,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, labels.length - 0.5] },
      // From zero, so a bar's length reads as its value.
      y: { range: (_chart, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    axes: [
      {
        splits: () => xs,
        values: (_chart, splits) => splits.map((i) => labels[i] ?? ''),
        grid: { show: false },
        size: 28,
      },
      {
        values: (_chart, splits) => splits.map((value) => format(value)),
        size: 64,
        grid: { stroke: '#e5e8ed' },
      },
    ],
    series: [
      {},
      ...series.map((s, i) => ({
        label: s.label,
        fill: s.color,
        stroke: s.color,
        width: 0,
        points: { show: false },
        paths: bars?.({ align: sides[i] ?? 0, size: [0.4, 48] }),
      })),
    ],
  };
  return new uPlot(options, [xs, ...series.map((s) => [...s.values])] as uPlot.AlignedData, element);
}
