import { Fragment } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { Appendix, AppendixPart } from '../../../lib/api-types';

function Parts({ parts }: { parts: AppendixPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.text
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((paragraph, n) => (
            <p key={`${i}-${n}`}>
              {n === 0 && part.label && <strong>{part.label}: </strong>}
              {paragraph}
            </p>
          )),
      )}
    </>
  );
}

/**
 * The compiled appendix as the 2016 one reads: parts, a section per förvaltning, per report the
 * measures it addressed, and "Skrivning saknas." where the board delivered nothing. Printed, each
 * förvaltning starts a new page (styles.css).
 */
export function AppendixView({ appendix }: { appendix: Appendix }) {
  const { t } = useI18n();
  return (
    <div className="appendix">
      {appendix.parts.map((part) => (
        <section key={part.kind} className="appendix-part" aria-labelledby={`del-${part.kind}`}>
          <h2 id={`del-${part.kind}`}>{part.title}</h2>
          {part.sections.map((section) => (
            <section key={section.board.id} className="appendix-section" aria-labelledby={`forvaltning-${section.board.id}`}>
              <h3 id={`forvaltning-${section.board.id}`}>{section.heading}</h3>
              {section.missing ? (
                <p>{t.appendix.missing}</p>
              ) : (
                <>
                  <Parts parts={section.general} />
                  {section.reports.map((r) => (
                    <Fragment key={r.report.key}>
                      <h4>{t.appendix.report(r.report.title)}</h4>
                      {r.measures.map((m) => (
                        <div key={m.measure.id} className="appendix-measure">
                          <h5>{t.appendix.measure(m.measure.number, m.measure.title)}</h5>
                          {m.measure.responsibility && (
                            <p className="appendix-responsibility">
                              <strong>{t.appendix.responsible}: </strong>
                              {m.measure.responsibility}
                            </p>
                          )}
                          <Parts parts={m.parts} />
                        </div>
                      ))}
                    </Fragment>
                  ))}
                </>
              )}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
