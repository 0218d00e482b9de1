import { describe, expect, it } from '@jest/globals';
import { STOCKHOLM_REFERENCE } from '../../../test/utils/appendix-2016.js';
import { SMALL_REFERENCE } from './fixtures/reference.js';
import { parseResponsibility, splitList } from './responsibility.js';

const roles = (text: string, reference = STOCKHOLM_REFERENCE) => {
  const r = parseResponsibility(text, reference, 10);
  return { boards: r.responsibilities.map((x) => `${x.board}:${x.role}${x.viaGroup ? `@${x.viaGroup}` : ''}`), warnings: r.warnings };
};

describe('splitList', () => {
  it('splits "A, B och C samt D" but keeps "Grund- och gymnasieskolor" together', () => {
    expect(splitList('trafiknämnden, miljönämnden och exploateringsnämnden samt kulturnämnden')).toEqual(['trafiknämnden', 'miljönämnden', 'exploateringsnämnden', 'kulturnämnden']);
    expect(splitList('Grund- och gymnasieskolor samt central utbildningsförvaltning')).toEqual(['Grund- och gymnasieskolor', 'central utbildningsförvaltning']);
  });
});

describe('parseResponsibility', () => {
  it('puts boards before "i samverkan med" as lead and after it as contributing', () => {
    expect(roles('Stadsbyggnadsnämnden i samverkan med kommunstyrelsen, trafiknämnden, miljönämnden och exploateringsnämnden.').boards).toEqual([
      'Stadsbyggnadsnämnden:lead',
      'Kommunstyrelsen:contributing',
      'Trafiknämnden:contributing',
      'Miljö- och hälsoskyddsnämnden:contributing',
      'Exploateringsnämnden:contributing',
    ]);
  });

  it('makes every board of a list without "i samverkan med" a lead', () => {
    expect(roles('Exploateringsnämnden, utbildningsnämnden och stadsbyggnadsnämnden.').boards).toEqual(['Exploateringsnämnden:lead', 'Utbildningsnämnden:lead', 'Stadsbyggnadsnämnden:lead']);
  });

  it('reads "Kommunstyrelsen genom Kansliet för …" as Kommunstyrelsen and expands groups', () => {
    const r = roles('Kommunstyrelsen genom Kansliet för mänskliga rättigheter och demokratiutveckling i samverkan med arbetsmarknadsnämnden, berörda stadsdelsnämnder och utbildningsnämnden.');
    expect(r.boards[0]).toBe('Kommunstyrelsen:lead');
    expect(r.boards.filter((b) => b.endsWith('@berorda-stadsdelsnamnder'))).toHaveLength(14);
    expect(r.boards).toContain('Utbildningsnämnden:contributing');
    expect(r.warnings).toEqual([]);
  });

  it('expands "övriga tekniska nämnder" without the lead board', () => {
    const r = roles('Stadsbyggnadsnämnden i samverkan med övriga tekniska nämnder, kulturnämnden.', SMALL_REFERENCE);
    expect(r.boards).toEqual([
      'Stadsbyggnadsnämnden:lead',
      'Miljö- och hälsoskyddsnämnden:contributing@tekniska-namnderna',
      'Trafiknämnden:contributing@tekniska-namnderna',
    ]);
    // kulturnämnden is not in the small reference data
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'unknown-board', line: 10, message: expect.stringContaining('kulturnämnden') })]);
  });

  it('treats schools and companies as not boards, with a warning each, and keeps the raw text', () => {
    const text = 'Grund- och gymnasieskolorna samt utbildningsnämnden i samverkan med arbetsmarknadsnämnden och stadsdelsnämnderna, samt Stockholm Business Region för samverkan med näringslivet.';
    const r = parseResponsibility(text, STOCKHOLM_REFERENCE, 3);
    expect(r.responsibilities.filter((x) => x.role === 'lead').map((x) => x.board)).toEqual(['Utbildningsnämnden']);
    expect(r.responsibilities).toHaveLength(1 + 1 + 14);
    expect(r.responsibilities.every((x) => x.sourceText === text)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['not-a-board', 'not-a-board']);
  });

  it('lets a lead board named again through a group stay lead', () => {
    expect(roles('Bromma stadsdelsnämnd i samverkan med stadsdelsnämnderna', SMALL_REFERENCE).boards).toEqual([
      'Bromma stadsdelsnämnd:lead',
      'Kungsholmen stadsdelsnämnd:contributing@stadsdelsnamnderna',
    ]);
  });

  it('warns about an unknown board name instead of dropping it', () => {
    const r = roles('Trafiknämnden i samverkan med parkeringsnämnden', SMALL_REFERENCE);
    expect(r.boards).toEqual(['Trafiknämnden:lead']);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'unknown-board', message: expect.stringContaining('parkeringsnämnden') })]);
  });

  it('warns about a group that names no boards', () => {
    expect(roles('Kommunstyrelsen tillsammans med berörda nämnder').warnings.map((w) => w.code)).toEqual(['unresolved-group']);
  });
});
