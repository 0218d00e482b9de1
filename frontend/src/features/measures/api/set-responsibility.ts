import { apiSend } from '../../../lib/api-client';
import type { Role } from '../../../lib/api-types';

/** The board becomes lead or contributing for the measure (added, or its role changed). */
export const setResponsibility = (measureId: number, boardId: number, body: { role: Role; sourceText?: string | null }) =>
  apiSend<unknown>('PUT', `/measures/${measureId}/responsibilities/${boardId}`, body);
