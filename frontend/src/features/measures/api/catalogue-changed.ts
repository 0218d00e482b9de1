import type { QueryClient } from '@tanstack/react-query';
import { BOARDS_QUERY_KEY } from '../../boards/api/get-boards';
import { COVERAGE_TREND_QUERY_KEY } from '../../coverage/api/get-coverage-trend';
import { CYCLES_QUERY_KEY } from '../../cycles/api/get-cycles';
import { MEASURES_QUERY_KEY } from './get-measures';

/**
 * After a change to a measure or its responsibilities (or a failed one: a version conflict means
 * the page shows an old version): the measures, the boards' responsibilities and every figure
 * that counts responsibilities are read anew.
 */
export async function catalogueChanged(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    [MEASURES_QUERY_KEY, BOARDS_QUERY_KEY, CYCLES_QUERY_KEY, COVERAGE_TREND_QUERY_KEY].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
