import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import type { Participant } from '../../../lib/api-types';

export const participantsQueryKey = (cycleId: number) => ['cycles', cycleId, 'participants'] as const;

export const getParticipants = (cycleId: number, signal?: AbortSignal) =>
  apiGet<Participant[]>(`/cycles/${cycleId}/participants`, undefined, signal);

export const useParticipants = (cycleId: number) =>
  useQuery({ queryKey: participantsQueryKey(cycleId), queryFn: ({ signal }) => getParticipants(cycleId, signal) });
