/**
 * The day a cycle's names resolve at: the last day of its year, so a cycle sees the boards that
 * existed at the end of the year it reports on (docs/data-notes.md, "Board validity").
 */
export const cycleReferenceDate = (year: number): string => `${year}-12-31`;
