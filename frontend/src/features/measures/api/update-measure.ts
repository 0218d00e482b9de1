import { apiSend } from '../../../lib/api-client';
import type { MeasureDetail, MeasureEdit } from '../../../lib/api-types';

/** Title, number and texts; a stale version gets 409 version_conflict. */
export const updateMeasure = (id: number, body: MeasureEdit) => apiSend<MeasureDetail>('PUT', `/measures/${id}`, body);
