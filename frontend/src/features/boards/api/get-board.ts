import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { BoardDetail } from '../../../lib/api-types';

/** Today's board, or with a cycle the board as that cycle's scope has it (a prefix of boardQueryKey(boardId)'s keys). */
export const boardQueryKey = (boardId: number, cycleId?: number) =>
  cycleId === undefined ? (['boards', boardId] as const) : (['boards', boardId, 'cycle', cycleId] as const);

/** The board; with a cycle, its responsibilities are that cycle's scope (and `participant` says whether it was asked). */
export const getBoard = (boardId: number, cycleId?: number, signal?: AbortSignal) =>
  apiGet<BoardDetail>(`/boards/${boardId}`, { cycle: cycleId }, signal);

export const useBoard = (boardId: number, cycleId?: number) =>
  useQuery({ queryKey: boardQueryKey(boardId, cycleId), queryFn: ({ signal }) => getBoard(boardId, cycleId, signal) });
