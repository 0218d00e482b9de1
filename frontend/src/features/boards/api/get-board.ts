import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { BoardDetail } from '../../../lib/api-types';

export const getBoard = (boardId: number, signal?: AbortSignal) =>
  apiGet<BoardDetail>(`/boards/${boardId}`, undefined, signal);

export const useBoard = (boardId: number) =>
  useQuery({ queryKey: ['boards', boardId], queryFn: ({ signal }) => getBoard(boardId, signal) });
