import { useId, type ReactNode } from 'react';

/** An <article> named by its own heading, so lists of statements can be navigated by name. */
export function StatementCard({ heading, level, children }: { heading: ReactNode; level: 3 | 4; children: ReactNode }) {
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article className="statement-card" aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      {children}
    </article>
  );
}
