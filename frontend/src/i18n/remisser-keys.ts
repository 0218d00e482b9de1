import type { RemissPosition, RemissRecipient, RemissStatus } from '../lib/api-types';

export type RemissStatusKey = RemissStatus;
export type RecipientKindKey = RemissRecipient['kind'];
export type RemissPositionKey = RemissPosition;
