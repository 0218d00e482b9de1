import { describe, expect, it } from '@jest/globals';
import { compareNumbering, compareRateAscending } from './sort';

describe('sorting', () => {
  it('orders measure numbers part by part', () => {
    expect(['6.10.1', '6.5.3', '6.5.10', '1.4', '6.5.2'].sort(compareNumbering)).toEqual(['1.4', '6.5.2', '6.5.3', '6.5.10', '6.10.1']);
    expect(['1.10', '1.2', '1'].sort(compareNumbering)).toEqual(['1', '1.2', '1.10']);
  });

  it('puts the lowest rate first and boards without expectations last', () => {
    expect([0.5, null, 0, 1].sort(compareRateAscending)).toEqual([0, 0.5, 1, null]);
  });
});
