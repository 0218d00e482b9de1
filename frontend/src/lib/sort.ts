/** Compares measure and recommendation numbers part by part: 6.5.3 < 6.10.1, 1.4 < 1.10. */
export function compareNumbering(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    const diff = Number.isNaN(na) || Number.isNaN(nb) ? pa[i].localeCompare(pb[i], 'sv') : na - nb;
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Lowest share first; boards nothing is expected of (rate null) last. */
export function compareRateAscending(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
