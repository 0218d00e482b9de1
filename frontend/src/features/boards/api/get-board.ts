import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { BoardDetail } from '../../../lib/api-types';

export const boardQueryKey = (boardId: number) => ['boards', boardId] as const;

export const getBoard = (boardId: number, signal?: AbortSignal) =>
  apiGet<BoardDetail>(`/boards/${boardId}`, undefined, signal);

export const useBoard = (boardId: number) =>
  useQuery({ queryKey: boardQueryKey(boardId), queryFn: ({ signal }) => getBoard(boardId, signal) });
