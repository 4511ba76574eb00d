import { describe, expect, it, vi } from 'vitest';
import { createMatchCache } from './match-cache';
import type { PhoneMatch } from './phone-match';

const at = (start: number, end: number): PhoneMatch => ({
  start,
  end,
  raw: '',
  e164: '+14155550134',
  countryCallingCode: '1',
  nationalNumber: '4155550134',
});

describe('createMatchCache', () => {
  it('searches each text once per context', () => {
    const find = vi.fn(() => [at(0, 12)]);
    const cache = createMatchCache(find);
    cache.find('415 555 0134', { header: 'Phone' });
    cache.find('415 555 0134', { header: 'Phone' });
    cache.find('415 555 0134', { header: 'Order #' });
    expect(find).toHaveBeenCalledTimes(2);
    expect(cache.hits).toBe(1);
  });

  it('never asks the finder about text with too few digits', () => {
    const find = vi.fn(() => []);
    const cache = createMatchCache(find);
    expect(cache.find('Call me on Tuesday, 3/4', {})).toEqual([]);
    expect(find).not.toHaveBeenCalled();
  });

  it('drops spans that do not fit the text, overlap, or come out of order', () => {
    const cache = createMatchCache(() => [at(20, 32), at(0, 12), at(5, 15), at(30, 99), at(3, 3)]);
    const text = '415 555 0134 and then 650 555 0111';
    expect(cache.find(text, {}).map((m) => [m.start, m.end])).toEqual([
      [0, 12],
      [20, 32],
    ]);
  });

  it('stays bounded: when full it starts over', () => {
    const find = vi.fn(() => []);
    const cache = createMatchCache(find, 2);
    for (const text of ['1234567', '2345678', '3456789', '1234567']) cache.find(text, {});
    expect(find).toHaveBeenCalledTimes(4);
  });
});
