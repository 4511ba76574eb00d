import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BRACKETS_BYTES, SEPARATOR_BYTES } from './batch-leads';
import { Encoded, encodeComponent, encodeQuery, requestSize } from './request-encoding';

/**
 * Leads are encoded once, when the export is planned, and the request joins the encoded
 * leads. That is only right if encoding the joined JSON array gives the very same bytes, and
 * if an Encoded value goes into the query exactly as a string encoded there would.
 */

const leadishArb = fc.dictionary(
  fc.string(),
  fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
);

test('joining encoded leads gives the encoded JSON array, byte for byte and size for size', () => {
  fc.assert(
    fc.property(fc.array(leadishArb, { minLength: 1, maxLength: 6 }), (leads) => {
      const pieces = leads.map((lead) => encodeComponent(JSON.stringify(lead)));
      const joined = `%5B${pieces.join('%2C')}%5D`;
      expect(joined).toBe(encodeComponent(JSON.stringify(leads)));
      const planned =
        BRACKETS_BYTES +
        pieces.reduce((sum, piece) => sum + piece.length, 0) +
        SEPARATOR_BYTES * (pieces.length - 1);
      expect(joined.length).toBe(planned);
    }),
    { numRuns: 2000 },
  );
});

test('an Encoded value is sent as the same string encoded in the query', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (key, value) => {
      expect(encodeQuery([[key, new Encoded(encodeComponent(value))]])).toBe(
        encodeQuery([[key, value]]),
      );
    }),
    { numRuns: 1000 },
  );
});

test("encodeComponent also escapes ! ' ( ) *, and otherwise is encodeURIComponent", () => {
  const reference = (value: string) =>
    encodeURIComponent(value).replace(
      /[!'()*]/g,
      (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  expect(encodeComponent("Mary-Ann O'Neil (Jr.)*!")).toBe('Mary-Ann%20O%27Neil%20%28Jr.%29%2A%21');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (value) => {
      expect(encodeComponent(value)).toBe(reference(value));
    }),
    { numRuns: 2000 },
  );
});

test("a GET's size is Apache's request line, a POST's its body", () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (path, query) => {
      expect(requestSize('GET', path, query)).toBe(`GET ${path}?${query} HTTP/1.1`.length);
      expect(requestSize('POST', path, query)).toBe(query.length);
    }),
  );
});
