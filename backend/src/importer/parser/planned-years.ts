export interface CycleYears {
  year: number;
  planningPeriod: number[];
}

const SEASON = String.raw`(?:(?:år|året|våren|hösten|vintern|sommaren|hösten\/vintern|första halvåret|andra halvåret)\s+)?`;
const YEAR = String.raw`((?:19|20)\d{2})(?:\s*(?:[-–]|och|till)\s*((?:19|20)?\d{2}))?`;
const WITH_PREPOSITION = new RegExp(String.raw`\b(?:under|inom|inför|från|till|fram till|senast)\s+${SEASON}${YEAR}\b`, 'gi');
const BARE_RANGE = /(\S+\s+)?\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/gi;
const PERIOD = /\b(?:under|inom)\s+(?:hela\s+)?(?:plan(?:erings)?perioden|den kommande perioden)\b|\bde kommande åren\b/i;
const THIS_YEAR = /\bunder året\b/i;

/**
 * The years a statement plans for: "Under 2016 …", "under 2017-2018", "2017–2019", "Under 2017 och
 * 2018", "hösten/vintern 2016-17", "under året" (the cycle year), "inom/under planperioden" (the
 * planning period). Only years from the cycle year to the end of the planning period count, and only
 * after a preposition that looks ahead, so history ("sedan 2011", "i början av 2016", "verksamhetsplan
 * 2016") and far horizons ("till 2030") are not planned years.
 */
export function extractPlannedYears(text: string, cycle: CycleYears): number[] {
  const min = cycle.year;
  const max = cycle.planningPeriod.length ? Math.max(...cycle.planningPeriod) : cycle.year + 3;
  const years = new Set<number>();
  const addRange = (from: number, to: number) => {
    if (to < from || to - from > 10) return;
    for (let y = from; y <= to; y++) if (y >= min && y <= max) years.add(y);
  };
  const endYear = (start: number, end: string | undefined) =>
    end === undefined ? start : end.length === 2 ? Math.floor(start / 100) * 100 + Number(end) : Number(end);
  let m: RegExpExecArray | null;
  WITH_PREPOSITION.lastIndex = 0;
  while ((m = WITH_PREPOSITION.exec(text))) addRange(Number(m[1]), endYear(Number(m[1]), m[2]));
  BARE_RANGE.lastIndex = 0;
  while ((m = BARE_RANGE.exec(text))) {
    // "budget 2017 med inriktning 2018-2019" names the cycle, it is not a plan.
    if (m[1] && /inriktning/i.test(m[1])) continue;
    addRange(Number(m[2]), Number(m[3]));
  }
  if (PERIOD.test(text)) for (const y of cycle.planningPeriod) years.add(y);
  if (THIS_YEAR.test(text)) years.add(cycle.year);
  return [...years].sort((a, b) => a - b);
}
