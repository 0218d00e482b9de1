import { describe, expect, it } from '@jest/globals';
import { slugify } from '../backend/src/common/slug.js';
import { BOARDS, REPORTS } from './reference-data.js';

describe('reference data', () => {
  it('has unique board names and slugs', () => {
    expect(new Set(BOARDS.map((b) => b.name)).size).toBe(BOARDS.length);
    expect(new Set(BOARDS.map((b) => slugify(b.name))).size).toBe(BOARDS.length);
  });

  it('pairs boards with their administrations', () => {
    const byName = new Map(BOARDS.map((b) => [b.name, b]));
    expect(byName.get('Trafiknämnden')?.administration).toBe('Trafikkontoret');
    expect(byName.get('Bromma stadsdelsnämnd')?.administration).toBe('Bromma stadsdelsförvaltning');
    expect(byName.get('Kommunstyrelsen')).toMatchObject({ administration: 'Stadsledningskontoret', kind: 'executive' });
    expect(BOARDS.filter((b) => b.kind === 'district')).toHaveLength(14);
  });

  it('has the four report keys of the contract', () => {
    expect(REPORTS.map((r) => r.key).sort()).toEqual(['delad', 'kortutbildade', 'samverkan', 'skola']);
  });
});
