import { useParams } from 'react-router';

/** The largest id the API accepts (PostgreSQL `integer`). */
const MAX_ID = 2_147_483_647;

/** `:id` of the route as the API would accept it (plain digits, 1 … 2³¹−1), or null: then nothing is asked of the API. */
export function parseRouteId(value: string | undefined): number | null {
  if (!value || !/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}

export const useRouteId = (): number | null => parseRouteId(useParams().id);
