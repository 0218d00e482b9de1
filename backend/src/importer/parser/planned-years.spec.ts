import { describe, expect, it } from '@jest/globals';
import { extractPlannedYears } from './planned-years.js';

const cycle = { year: 2016, planningPeriod: [2017, 2018, 2019] };
const years = (t: string) => extractPlannedYears(t, cycle);

describe('extractPlannedYears', () => {
  it.each([
    ['Under 2016 kan kontoret medverka.', [2016]],
    ['Under 2017-2018 bör minst ett uppdrag vara slutfört.', [2017, 2018]],
    ['Under 2017 och 2018 tillkommer Hagsätra.', [2017, 2018]],
    ['Insatserna pågår 2017–2019.', [2017, 2018, 2019]],
    ['att kunna börja under hösten/vintern 2016-17.', [2016, 2017]],
    ['Förvaltningen ska genomföra en översyn under år 2016.', [2016]],
    ['har för avsikt att under planperioden etablera', [2017, 2018, 2019]],
    ['kommer inom planeringsperioden att', [2017, 2018, 2019]],
    ['Projektet kommer under året lämna förslag', [2016]],
  ])('%s → %j', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  it.each([
    ['Sedan juli 2011 har nämnden ansvar.'],
    ['Under 2015 rörde dessa insatser Östberga.'],
    ['öppnades i början av 2016.'],
    ['i nämndens verksamhetsplan 2016'],
    ['att skapa 140 000 bostäder till 2030'],
    ['”Underlag för budget 2017 med inriktning 2018-2019”'],
  ])('%s has no planned years', (text) => {
    expect(years(text)).toEqual([]);
  });
});
