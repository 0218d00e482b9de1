import { CreateSchema1763942400000 } from './1763942400000-CreateSchema.js';

/** Every migration, in order; listed explicitly so compiled code and Jest load the same set. */
export const MIGRATIONS = [CreateSchema1763942400000];
