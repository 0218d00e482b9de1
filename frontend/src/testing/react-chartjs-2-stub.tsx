/**
 * jsdom has no canvas, so Chart.js cannot draw there. This stand-in for react-chartjs-2 renders
 * the canvas element with the props our wrapper gives it (role, accessible name), plus the
 * labels it was asked to draw so tests can see that the chart got the right data.
 */
import type { ComponentProps } from 'react';

interface StubProps extends Omit<ComponentProps<'canvas'>, 'data'> {
  data: { labels?: unknown[]; datasets: { label?: string; data: unknown[] }[] };
  options?: unknown;
}

function ChartStub(type: string) {
  return function Stub({ data, options: _options, ...canvasProps }: StubProps) {
    void _options;
    return (
      <canvas
        {...canvasProps}
        data-chart-type={type}
        data-labels={JSON.stringify(data.labels ?? [])}
        data-series={JSON.stringify(data.datasets.map((d) => ({ label: d.label, data: d.data })))}
      />
    );
  };
}

export const Bar = ChartStub('bar');
export const Line = ChartStub('line');
