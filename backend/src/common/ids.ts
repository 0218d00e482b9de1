/** The largest id a row can have: ids are PostgreSQL `int` (serial), so larger values are malformed, not unknown. */
export const MAX_ID = 2_147_483_647;
