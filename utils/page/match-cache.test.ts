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

const noTel = () => null;

describe('createMatchCache', () => {
  it('searches each text once per context', () => {
    const find = vi.fn(() => [at(0, 12)]);
    const cache = createMatchCache(find, noTel);
    cache.find('415 555 0134', { header: 'Phone' });
    cache.find('415 555 0134', { header: 'Phone' });
    cache.find('415 555 0134', { header: 'Order #' });
    expect(find).toHaveBeenCalledTimes(2);
    expect(cache.hits).toBe(1);
  });

  it('never asks the finder about text with too few digits', () => {
    const find = vi.fn(() => []);
    const cache = createMatchCache(find, noTel);
    expect(cache.find('Call me on Tuesday, 3/4', {})).toEqual([]);
    expect(find).not.toHaveBeenCalled();
  });

  it('drops spans that do not fit the text, overlap, or come out of order', () => {
    const cache = createMatchCache(
      () => [at(20, 32), at(0, 12), at(5, 15), at(30, 99), at(3, 3)],
      noTel,
    );
    const text = '415 555 0134 and then 650 555 0111';
    expect(cache.find(text, {}).map((m) => [m.start, m.end])).toEqual([
      [0, 12],
      [20, 32],
    ]);
  });

  it('stays bounded: when full it starts over', () => {
    const find = vi.fn(() => []);
    const cache = createMatchCache(find, noTel, 2);
    for (const text of ['1234567', '2345678', '3456789', '1234567']) cache.find(text, {});
    expect(find).toHaveBeenCalledTimes(4);
  });

  it('parses each tel: href once, and remembers hrefs that are no number', () => {
    const parseTel = vi.fn((href: string) => (href.includes('415') ? at(0, 0) : null));
    const cache = createMatchCache(() => [], parseTel);
    expect(cache.tel('tel:+14155550134')?.e164).toBe('+14155550134');
    expect(cache.tel('tel:+14155550134')?.e164).toBe('+14155550134');
    expect(cache.tel('tel:help')).toBeNull();
    expect(cache.tel('tel:help')).toBeNull();
    expect(parseTel).toHaveBeenCalledTimes(2);
    expect(cache.hits).toBe(2);
  });

  it('keeps hrefs apart from texts that read the same', () => {
    const find = vi.fn(() => [at(0, 16)]);
    const parseTel = vi.fn(() => null);
    const cache = createMatchCache(find, parseTel);
    expect(cache.find('tel:+14155550134', {})).toHaveLength(1);
    expect(cache.tel('tel:+14155550134')).toBeNull();
    expect(find).toHaveBeenCalledTimes(1);
    expect(parseTel).toHaveBeenCalledTimes(1);
  });
});
