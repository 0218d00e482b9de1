import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { TrendPoint } from '../../../lib/api-types';

export const boardTrendQueryKey = (boardId: number) => ['boards', boardId, 'trend'] as const;

export const getBoardTrend = (boardId: number, signal?: AbortSignal) =>
  apiGet<TrendPoint[]>(`/boards/${boardId}/trend`, undefined, signal);

export const useBoardTrend = (boardId: number) =>
  useQuery({ queryKey: boardTrendQueryKey(boardId), queryFn: ({ signal }) => getBoardTrend(boardId, signal) });
