import type { QueryClient } from '@tanstack/react-query';
import { COUNTED_STATES, type Statement, type Todo } from '../../../lib/api-types';
import { boardTrendQueryKey } from '../../boards/api/get-board-trend';
import { COVERAGE_TREND_QUERY_KEY } from '../../coverage/api/get-coverage-trend';
import { cycleCoverageQueryKey } from '../../coverage/api/get-cycle-coverage';
import { CYCLES_QUERY_KEY } from '../../cycles/api/get-cycles';
import { gapsQueryKey } from '../../gaps/api/get-gaps';
import { matrixQueryKey } from '../../matrix/api/get-matrix';
import { measureCoverageQueryKey } from '../../measures/api/get-measure-coverage';
import { statementQueryKey } from './get-statement';
import { statementHistoryQueryKey } from './get-statement-history';
import { statementsQueryKey } from './get-statements';
import { TODO_QUERY_KEY } from './get-todo';

/** Puts a saved statement into the cached to-do list, where the board and measure match. */
function withStatement(todos: Todo[] | undefined, cycleId: number, statement: Statement): Todo[] | undefined {
  return todos?.map((todo) =>
    todo.cycle.id !== cycleId
      ? todo
      : {
          ...todo,
          boards: todo.boards.map((section) => {
            if (section.board.id !== statement.board.id) return section;
            if (statement.measure === null) return { ...section, generalStatement: statement };
            const items = section.items.map((item) => (item.measure.id === statement.measure?.id ? { ...item, statement } : item));
            return {
              ...section,
              items,
              submitted: items.filter((item) => item.statement !== null && COUNTED_STATES.includes(item.statement.state)).length,
              returned: items.filter((item) => item.statement?.state === 'returned').length,
            };
          }),
        },
  );
}

/**
 * After any write of a statement (create, save, submit, return, approve, reopen; `cycleId` null when not known): the statement itself is the
 * server's answer, and every figure that counts statements is read anew — the cycle's coverage,
 * gaps, matrix and statement lists, the trends, the measure's coverage over cycles and the to-do
 * list. Active queries refetch now; the rest refetch when next shown, never from a minute-old cache.
 */
export async function statementWritten(queryClient: QueryClient, cycleId: number | null, statement: Statement): Promise<void> {
  queryClient.setQueryData(statementQueryKey(statement.id), statement);
  if (cycleId !== null) queryClient.setQueryData<Todo[]>(TODO_QUERY_KEY, (todos) => withStatement(todos, cycleId, statement));
  const perCycle =
    cycleId === null
      ? // A statement read on its own does not name its cycle: every cycle's figures, then.
        [CYCLES_QUERY_KEY]
      : [cycleCoverageQueryKey(cycleId), gapsQueryKey(cycleId), matrixQueryKey(cycleId), statementsQueryKey(cycleId)];
  const keys: readonly (readonly unknown[])[] = [
    statementHistoryQueryKey(statement.id),
    ...perCycle,
    COVERAGE_TREND_QUERY_KEY,
    boardTrendQueryKey(statement.board.id),
    ...(statement.measure ? [measureCoverageQueryKey(statement.measure.id)] : []),
    TODO_QUERY_KEY,
  ];
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
