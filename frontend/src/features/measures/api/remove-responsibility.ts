import { apiSend } from '../../../lib/api-client';

export const removeResponsibility = (measureId: number, boardId: number) =>
  apiSend<null>('DELETE', `/measures/${measureId}/responsibilities/${boardId}`);
