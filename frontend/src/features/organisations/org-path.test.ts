import { describe, expect, it } from '@jest/globals';
import { legacyPath, orgPath, samePageIn } from './org-path';

describe('orgPath', () => {
  it('puts the organisation first in every path', () => {
    expect(orgPath('malmo-stad', '/matris')).toBe('/malmo-stad/matris');
    expect(orgPath('malmo-stad', '/namnder/4?omgang=2')).toBe('/malmo-stad/namnder/4?omgang=2');
    expect(orgPath('malmo-stad', 'luckor')).toBe('/malmo-stad/luckor');
  });

  it('makes Översikt the bare organisation, with its query', () => {
    expect(orgPath('tyreso-kommun', '/')).toBe('/tyreso-kommun');
    expect(orgPath('tyreso-kommun')).toBe('/tyreso-kommun');
    expect(orgPath('tyreso-kommun', '/?omgang=3')).toBe('/tyreso-kommun?omgang=3');
  });

  it('encodes a slug that is not URL-safe rather than building another path', () => {
    expect(orgPath('a/b', '/matris')).toBe('/a%2Fb/matris');
  });
});

describe('legacyPath', () => {
  it('keeps the rest of an old address, in Stockholms stad', () => {
    expect(legacyPath('/matris', '?omgang=1&rapport=skola')).toBe('/stockholms-stad/matris?omgang=1&rapport=skola');
    expect(legacyPath('/admin/logg', '', '#x')).toBe('/stockholms-stad/admin/logg#x');
    expect(legacyPath('/', '?omgang=1')).toBe('/stockholms-stad?omgang=1');
  });
});

describe('samePageIn', () => {
  it('keeps a page of its own kind', () => {
    expect(samePageIn('malmo-stad', '/stockholms-stad/matris', false)).toBe('/malmo-stad/matris');
    expect(samePageIn('malmo-stad', '/stockholms-stad/admin/anvandare', false)).toBe('/malmo-stad/admin/anvandare');
    expect(samePageIn('malmo-stad', '/stockholms-stad', false)).toBe('/malmo-stad');
    expect(samePageIn('malmo-stad', '/stockholms-stad/', false)).toBe('/malmo-stad');
  });

  it('leads from a page addressed by an id of the other organisation to Översikt', () => {
    expect(samePageIn('malmo-stad', '/stockholms-stad/namnder/3', true)).toBe('/malmo-stad');
    expect(samePageIn('malmo-stad', '/stockholms-stad/omgangar/1/bilaga', true)).toBe('/malmo-stad');
  });
});
