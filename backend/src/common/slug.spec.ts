import { describe, expect, it } from '@jest/globals';
import { slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Trafiknämnden', 'trafiknamnden'],
    ['Bromma stadsdelsnämnd', 'bromma-stadsdelsnamnd'],
    ['Enskede-Årsta-Vantör stadsdelsnämnd', 'enskede-arsta-vantor-stadsdelsnamnd'],
    ['Miljö- och hälsoskyddsnämnden', 'miljo-och-halsoskyddsnamnden'],
    ['Överförmyndarnämnden', 'overformyndarnamnden'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
