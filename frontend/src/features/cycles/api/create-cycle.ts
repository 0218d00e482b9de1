import { apiSend } from '../../../lib/api-client';
import type { Cycle, CycleStatus } from '../../../lib/api-types';

export interface CreateCycleBody {
  name: string;
  year: number;
  deadline: string | null;
  status: CycleStatus;
}

export const createCycle = (body: CreateCycleBody) => apiSend<Cycle>('POST', '/cycles', body);
