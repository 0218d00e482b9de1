import { apiSend } from '../../../lib/api-client';
import type { Cycle, CycleStatus } from '../../../lib/api-types';

/** Deadline and status (open, close, reopen); a stale version gets 409 version_conflict. */
export const updateCycle = (id: number, body: { name?: string; deadline?: string | null; status?: CycleStatus; version: number }) =>
  apiSend<Cycle>('PUT', `/cycles/${id}`, body);
