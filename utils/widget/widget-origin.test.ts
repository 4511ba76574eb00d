import { describe, expect, it } from 'vitest';
import { httpOriginOf, isFramedByDialer } from './widget-origin';

const frame = (ancestorOrigins?: string[]) => ({ isTop: false, ancestorOrigins });

describe('httpOriginOf', () => {
  it('takes the exact origin of the widget URL', () => {
    expect(httpOriginOf('https://dialer.example.com:8443/agc/widget.php?x=1')).toBe(
      'https://dialer.example.com:8443',
    );
  });
  it.each([[''], ['not a url'], ['javascript:alert(1)']])('has no origin for %j', (url) => {
    expect(httpOriginOf(url)).toBeNull();
  });
});

describe('isFramedByDialer', () => {
  it('is true when the direct parent is the dialer origin', () => {
    expect(isFramedByDialer(frame(['http://127.0.0.1:9000']), '', 'http://127.0.0.1:9000')).toBe(
      true,
    );
  });
  it('is false for a frame inside another site', () => {
    expect(isFramedByDialer(frame(['https://evil.example']), '', 'http://127.0.0.1:9000')).toBe(
      false,
    );
  });
  it('is false for a top-level page', () => {
    expect(isFramedByDialer({ isTop: true }, '', 'http://127.0.0.1:9000')).toBe(false);
  });
  it('falls back to the referrer where ancestorOrigins is missing (Firefox)', () => {
    expect(
      isFramedByDialer(frame(), 'http://127.0.0.1:9000/widget/framed', 'http://127.0.0.1:9000'),
    ).toBe(true);
    expect(isFramedByDialer(frame(), 'https://evil.example/', 'http://127.0.0.1:9000')).toBe(false);
  });
});
