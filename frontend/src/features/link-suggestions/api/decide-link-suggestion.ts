import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { LinkSuggestion } from '../../../lib/api-types';
import { boardTrendQueryKey } from '../../boards/api/get-board-trend';
import { COVERAGE_TREND_QUERY_KEY } from '../../coverage/api/get-coverage-trend';
import { cycleCoverageQueryKey } from '../../coverage/api/get-cycle-coverage';
import { gapsQueryKey } from '../../gaps/api/get-gaps';
import { matrixQueryKey } from '../../matrix/api/get-matrix';
import { measureCoverageQueryKey } from '../../measures/api/get-measure-coverage';
import { statementsQueryKey } from '../../statements/api/get-statements';
import { linkSuggestionsQueryKey } from './get-link-suggestions';

export type Decision = 'confirm' | 'reject';

/** Admin: confirm (the passage becomes the board's statement on the measure) or reject a suggestion. */
export const decideLinkSuggestion = (id: number, decision: Decision, version: number) =>
  apiSend<LinkSuggestion>('POST', `/link-suggestions/${id}/${decision}`, { version });

export function useDecideLinkSuggestion(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, version }: { id: number; decision: Decision; version: number }) => decideLinkSuggestion(id, decision, version),
    // Whatever the answer (a 409 means someone else decided), the list is read again; a
    // confirmation adds a statement, so every figure that counts the cycle's statements is too.
    onSettled: async (result) => {
      const keys: (readonly unknown[])[] = [linkSuggestionsQueryKey(cycleId)];
      if (result?.state === 'confirmed') {
        keys.push(
          cycleCoverageQueryKey(cycleId),
          gapsQueryKey(cycleId),
          matrixQueryKey(cycleId),
          statementsQueryKey(cycleId),
          COVERAGE_TREND_QUERY_KEY,
          boardTrendQueryKey(result.board.id),
          measureCoverageQueryKey(result.measure.id),
        );
      }
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
