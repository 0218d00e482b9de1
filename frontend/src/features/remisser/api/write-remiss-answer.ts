import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import type { AnswerContentBody, RemissAnswer } from '../../../lib/api-types';
import { remissAnswerQueryKey } from './get-remiss-answer';
import { REMISS_TODO_QUERY_KEY } from './get-remiss-todo';

/** After any answer write: the answer itself, and every remiss view that counts answers. */
function answerWritten(queryClient: QueryClient, answer: RemissAnswer) {
  queryClient.setQueryData(remissAnswerQueryKey(answer.id), answer);
  void queryClient.invalidateQueries({ queryKey: ['remisser'] });
  void queryClient.invalidateQueries({ queryKey: REMISS_TODO_QUERY_KEY });
}

export interface SaveAnswerInput {
  remissId: number;
  recipientId: number;
  /** The draft being edited, or null to begin one. */
  answer: Pick<RemissAnswer, 'id' | 'version'> | null;
  content: AnswerContentBody;
}

/** Saves the draft: creates it the first time, then updates it with the version read. */
export const saveRemissAnswer = ({ remissId, recipientId, answer, content }: SaveAnswerInput) =>
  answer === null
    ? apiSend<RemissAnswer>('POST', `/remisser/${remissId}/recipients/${recipientId}/answer`, content)
    : apiSend<RemissAnswer>('PUT', `/remiss-answers/${answer.id}`, { ...content, version: answer.version });

export function useSaveRemissAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRemissAnswer,
    onSuccess: (answer) => answerWritten(queryClient, answer),
  });
}

/** "Lämna in": draft → submitted; the remiss's counts move. */
export const submitRemissAnswer = (answer: Pick<RemissAnswer, 'id' | 'version'>) =>
  apiSend<RemissAnswer>('POST', `/remiss-answers/${answer.id}/submit`, { version: answer.version });

export function useSubmitRemissAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitRemissAnswer,
    onSuccess: (answer) => answerWritten(queryClient, answer),
  });
}
