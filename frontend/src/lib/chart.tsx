/**
 * The one place that knows Chart.js. Pages use <BarChart> and <LineChart>; every use sits in a
 * <ChartFigure> (components/ui) that adds the text summary and the data table.
 */
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11); meaning is also given in text. */
export const chartColors = {
  delivered: '#1b6e3a',
  missing: '#b42318',
  neutral: '#1f4e8c',
} as const;

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
}

interface CommonProps {
  labels: string[];
  series: ChartSeries[];
  /** Accessible name of the canvas: the one-sentence summary of what the chart shows. */
  label: string;
  /** Formats values in tooltips and on the value axis. */
  formatValue?: (value: number) => string;
  /** Canvas height in CSS pixels; the width follows the container. */
  height?: number;
}

/** Bar charts here show counts (statements), so the value axis ticks whole numbers. */
export interface BarChartProps extends CommonProps {
  horizontal?: boolean;
  stacked?: boolean;
}

function valueAxis(formatValue: ((value: number) => string) | undefined, stacked: boolean, max?: number, integer = false) {
  return {
    stacked,
    beginAtZero: true,
    max,
    ticks: {
      // Counts of statements have no fractions; without this Chart.js ticks 0,2 / 0,4 … on small data.
      precision: integer ? 0 : undefined,
      callback: (value: string | number) => (formatValue ? formatValue(Number(value)) : value),
    },
  };
}

/**
 * What every chart here shares: responsive in its container, no animation (it only delays what a
 * screen reader already has), a legend only for several series, tooltips in the chart's number format.
 */
function baseOptions(series: ChartSeries[], formatValue: ((value: number) => string) | undefined) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: {
      legend: { display: series.length > 1, position: 'top' as const },
      tooltip: formatValue
        ? { callbacks: { label: (item: { dataset: { label?: string }; raw: unknown }) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw))}` } }
        : {},
    },
  };
}

export function BarChart({ labels, series, label, formatValue, height = 320, horizontal = false, stacked = false }: BarChartProps) {
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    ...baseOptions(series, formatValue),
    scales: horizontal
      ? { x: valueAxis(formatValue, stacked, undefined, true), y: { stacked, ticks: { autoSkip: false } } }
      : { x: { stacked }, y: valueAxis(formatValue, stacked, undefined, true) },
  };
  const data = {
    labels,
    datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderColor: s.color })),
  };
  return (
    <div className="chart-canvas" style={{ height }}>
      <Bar role="img" aria-label={label} options={options} data={data} />
    </div>
  );
}

export interface LineChartProps extends CommonProps {
  /** Upper bound of the value axis, e.g. 1 for rates. */
  max?: number;
}

export function LineChart({ labels, series, label, formatValue, height = 300, max }: LineChartProps) {
  const options: ChartOptions<'line'> = { ...baseOptions(series, formatValue), scales: { y: valueAxis(formatValue, false, max) } };
  const data = {
    labels,
    datasets: series.map((s) => ({
      label: s.label,
      data: s.values,
      borderColor: s.color,
      backgroundColor: s.color,
      pointRadius: 4,
    })),
  };
  return (
    <div className="chart-canvas" style={{ height }}>
      <Line role="img" aria-label={label} options={options} data={data} />
    </div>
  );
}
