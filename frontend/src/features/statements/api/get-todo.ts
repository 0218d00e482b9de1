import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Todo } from '../../../lib/api-types';

export const TODO_QUERY_KEY = ['me', 'todo'] as const;

/** "Att redovisa": per open cycle, the signed-in editor's boards and what each owes. */
export const getTodo = (signal?: AbortSignal) => apiGet<Todo[]>('/me/todo', undefined, signal);

export const useTodo = () => useQuery({ queryKey: TODO_QUERY_KEY, queryFn: ({ signal }) => getTodo(signal) });
