import { Fragment, useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import type { BoardKind, Matrix } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';

export type MatrixBoard = Matrix['boards'][number];
export type MatrixMeasure = Matrix['measures'][number];

interface MatrixTableProps {
  /** Boards to show as columns, already filtered and ordered by kind. */
  boards: MatrixBoard[];
  /** The measures of the current page, already ordered by report, recommendation and number. */
  measures: MatrixMeasure[];
  cells: Matrix['cells'];
  reportTitles: Map<string, string>;
}

const cellKey = (measureId: number, boardId: number) => `${measureId}:${boardId}`;

/**
 * Measures × boards. A cell says H/D and ✓/✗/– in text, with a spoken name such as
 * "Trafiknämnden: Huvudansvarig, inlämnad, pågående"; a delivered cell links to its statement.
 */
export function MatrixTable({ boards, measures, cells, reportTitles }: MatrixTableProps) {
  const { t } = useI18n();
  const orgLink = useOrgLink();
  const cellIndex = useMemo(() => new Map(cells.map((cell) => [cellKey(cell.measureId, cell.boardId), cell])), [cells]);

  const kindGroups = useMemo(() => {
    const groups: { kind: BoardKind; count: number }[] = [];
    for (const board of boards) {
      const last = groups[groups.length - 1];
      if (last && last.kind === board.kind) last.count += 1;
      else groups.push({ kind: board.kind, count: 1 });
    }
    return groups;
  }, [boards]);

  const columnCount = boards.length + 1;
  const recommendationKey = (measure: MatrixMeasure) => `${measure.report}|${measure.recommendation?.number ?? ''}`;

  return (
    <div className="matrix-scroll" role="region" aria-label={t.matrix.tableLabel} tabIndex={0}>
      <table className="matrix">
        <caption className="visually-hidden">{t.matrix.tableLabel}</caption>
        <thead>
          <tr className="matrix-kind-row">
            <th scope="col" rowSpan={2} className="matrix-corner">
              {t.matrix.measureColumn}
            </th>
            {kindGroups.map((group, index) => (
              <th key={`${group.kind}-${index}`} scope="colgroup" colSpan={group.count} className="matrix-kind">
                {t.boardKindPlural[group.kind]}
              </th>
            ))}
          </tr>
          <tr className="matrix-board-row">
            {boards.map((board) => (
              <th key={board.id} scope="col" className="matrix-board" title={`${board.name} (${board.administration})`}>
                {/* The rotated name may be cut off: the full name is the title and the link's accessible name. */}
                <Link to={orgLink(`/namnder/${board.id}`)} aria-label={board.participant ? board.name : `${board.name}, ${t.notAsked.toLowerCase()}`}>
                  {board.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure, index) => {
            const previous = index > 0 ? measures[index - 1] : undefined;
            const showReport = measure.report !== previous?.report;
            const showRecommendation = showReport || recommendationKey(measure) !== recommendationKey(previous!);
            return (
              <Fragment key={measure.id}>
                {showReport && (
                  <tr className="matrix-group matrix-group-report">
                    <th scope="colgroup" colSpan={columnCount}>
                      {t.matrix.reportGroup(reportTitles.get(measure.report) ?? measure.report)}
                    </th>
                  </tr>
                )}
                {showRecommendation && (
                  <tr className="matrix-group matrix-group-recommendation">
                    <th scope="colgroup" colSpan={columnCount}>
                      {measure.recommendation
                        ? t.matrix.recommendationGroup(measure.recommendation.number, measure.recommendation.title)
                        : t.matrix.noRecommendation}
                    </th>
                  </tr>
                )}
                <tr>
                  <th scope="row" className="matrix-measure">
                    <Link to={orgLink(`/atgarder/${measure.id}`)}>
                      <span className="measure-number">{measure.number}</span> {measure.title}
                    </Link>
                  </th>
                  {boards.map((board) => {
                    const cell = cellIndex.get(cellKey(measure.id, board.id));
                    if (!cell) return <td key={board.id} className="matrix-cell" />;
                    const role = cell.role === 'lead' ? t.role.lead : t.role.contributing;
                    const short = cell.role === 'lead' ? t.role.leadShort : t.role.contributingShort;
                    const state = cell.delivered ? 'delivered' : cell.asked ? 'missing' : 'not-asked';
                    const status = cell.status ? t.statementStatus[cell.status] : null;
                    const name = t.cellName(board.name, role, state, status);
                    const mark = (
                      <span aria-hidden="true">
                        {short}
                        {state === 'delivered' ? '✓' : state === 'missing' ? '✗' : '–'}
                        {cell.status ? <span className="matrix-status">{t.statementStatusShort[cell.status]}</span> : null}
                      </span>
                    );
                    return (
                      <td
                        key={board.id}
                        title={cell.position ? `${name}. ${t.statementMeta.position}: ${cell.position}` : name}
                        className={`matrix-cell is-${state} ${cell.role === 'lead' ? 'is-lead' : 'is-contributing'}`}
                      >
                        {cell.statementId !== null ? (
                          <Link to={orgLink(`/skrivningar/${cell.statementId}/historik`)} aria-label={name}>
                            {mark}
                          </Link>
                        ) : (
                          <>
                            {mark}
                            <span className="visually-hidden">{name}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
