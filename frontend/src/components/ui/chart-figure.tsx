import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

interface ChartFigureProps {
  title: string;
  headingLevel?: 2 | 3;
  /** One sentence that says what the chart shows. */
  summary: string;
  chart: ReactNode;
  /** The same numbers as a table: the chart's text alternative. */
  table: ReactNode;
  tableInitiallyOpen?: boolean;
}

/** A chart is never alone: a heading, a one-sentence summary and a data table that can be shown. */
export function ChartFigure({ title, headingLevel = 2, summary, chart, table, tableInitiallyOpen = false }: ChartFigureProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(tableInitiallyOpen);
  const headingId = useId();
  const tableId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-figure" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      <p className="chart-summary">{summary}</p>
      {chart}
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t.chart.hideTable : t.chart.showTable}
      </button>
      <div id={tableId} hidden={!open}>
        {table}
      </div>
    </section>
  );
}
