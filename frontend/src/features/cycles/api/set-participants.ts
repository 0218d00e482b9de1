import { apiSend } from '../../../lib/api-client';
import type { Participant } from '../../../lib/api-types';

/** Replaces the set of boards asked to report in the cycle. */
export const setParticipants = (cycleId: number, boardIds: number[]) =>
  apiSend<Participant[]>('PUT', `/cycles/${cycleId}/participants`, { boardIds });
