import { apiSend } from '../../../lib/api-client';
import type { AccountRole, User } from '../../../lib/api-types';

export const createUser = (body: { email: string; role: AccountRole; password: string; boardIds?: number[] }) =>
  apiSend<User>('POST', '/users', body);
