import { describe, expect, it } from '@jest/globals';
import { slugify } from '../backend/src/common/slug.js';
import { BOARDS, boardValidOn, MALMO_BOARDS, ORGANISATIONS, REPORTS, stockholmReference, TYRESO_BOARDS } from './reference-data.js';

describe('reference data', () => {
  it('has unique board names and slugs within each organisation', () => {
    for (const org of ORGANISATIONS) {
      expect(new Set(org.boards.map((b) => b.name)).size).toBe(org.boards.length);
      expect(new Set(org.boards.map((b) => slugify(b.name))).size).toBe(org.boards.length);
    }
    expect(ORGANISATIONS.map((o) => o.slug)).toEqual(['stockholms-stad', 'malmo-stad', 'tyreso-kommun']);
  });

  it('pairs boards with their administrations', () => {
    const byName = new Map(BOARDS.map((b) => [b.name, b]));
    expect(byName.get('Trafiknämnden')?.administration).toBe('Trafikkontoret');
    expect(byName.get('Bromma stadsdelsnämnd')?.administration).toBe('Bromma stadsdelsförvaltning');
    expect(byName.get('Kommunstyrelsen')).toMatchObject({ administration: 'Stadsledningskontoret', kind: 'executive' });
  });

  it('has 14 districts in 2016 and 13 from 2020: Hägersten-Liljeholmen and Älvsjö merged into Hägersten-Älvsjö', () => {
    const districtsOn = (date: string) => BOARDS.filter((b) => b.kind === 'district' && boardValidOn(b, date)).map((b) => b.name);
    expect(districtsOn('2016-12-31')).toHaveLength(14);
    expect(districtsOn('2019-12-31')).toEqual(expect.arrayContaining(['Hägersten-Liljeholmen stadsdelsnämnd', 'Älvsjö stadsdelsnämnd']));
    expect(districtsOn('2019-12-31')).not.toContain('Hägersten-Älvsjö stadsdelsnämnd');
    expect(districtsOn('2020-01-01')).toHaveLength(13);
    expect(districtsOn('2025-03-20')).toContain('Hägersten-Älvsjö stadsdelsnämnd');
    expect(districtsOn('2025-03-20')).not.toContain('Älvsjö stadsdelsnämnd');
    // The parser's 2016 reference expands "stadsdelsnämnderna" to the 14 of 2016.
    expect(stockholmReference().groups.find((g) => g.slug === 'stadsdelsnamnderna')?.members).toHaveLength(14);
    expect(stockholmReference('2025-01-01').groups.find((g) => g.slug === 'stadsdelsnamnderna')?.members).toHaveLength(13);
  });

  it("has Malmö's eleven nämnder and two companies of § 141, and Tyresö's kommun and Utvecklingsförvaltningen", () => {
    expect(MALMO_BOARDS.filter((b) => b.kind === 'central')).toHaveLength(11);
    expect(MALMO_BOARDS.filter((b) => b.kind === 'company').map((b) => b.aliases)).toEqual([['mkb'], ['minc']]);
    // Names repeat across cities.
    expect(MALMO_BOARDS.map((b) => b.name)).toContain('Kulturnämnden');
    expect(BOARDS.map((b) => b.name)).toContain('Kulturnämnden');
    expect(TYRESO_BOARDS.map((b) => b.administration)).toContain('Utvecklingsförvaltningen');
  });

  it('has the four report keys of the contract', () => {
    expect(REPORTS.map((r) => r.key).sort()).toEqual(['delad', 'kortutbildade', 'samverkan', 'skola']);
  });
});
