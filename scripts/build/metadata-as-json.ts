import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The module libphonenumber-js's `max` build imports its metadata from (an object literal). */
const METADATA_MODULE = /[\\/]libphonenumber-js[\\/]metadata\.max\.json\.js$/;

/** The parts of the metadata file this build rewrites (libphonenumber-js's compressed layout). */
interface MetadataJson {
  countries: Record<string, unknown[]>;
  nonGeographic?: Record<string, unknown[]>;
}

/** Where a numbering plan keeps its formats, and where a format keeps its leading digits. */
const FORMATS = 4;
const LEADING_DIGITS = 2;

/**
 * Keeps only the last (most specific) leading-digits pattern of each number format. The
 * earlier ones serve as-you-type formatting, which we never use: choosing a format (the
 * library's formatting and Google's `isNationalPrefixPresentIfRequired`, ours in
 * utils/phone/national-prefix.ts) reads the last pattern alone, as does Google's Java. The
 * other patterns are 1 KB of the content script's gzip budget. Returns a new object; the
 * equivalence of the two is tested in metadata-as-json.test.ts.
 */
export function keepLastLeadingDigits<T extends MetadataJson>(metadata: T): T {
  const copy = structuredClone(metadata);
  for (const plans of [copy.countries, copy.nonGeographic ?? {}]) {
    for (const plan of Object.values(plans)) {
      const formats = plan[FORMATS];
      if (!Array.isArray(formats)) continue;
      for (const format of formats as unknown[][]) {
        const patterns = format[LEADING_DIGITS];
        if (Array.isArray(patterns) && patterns.length > 1)
          format[LEADING_DIGITS] = patterns.slice(-1);
      }
    }
  }
  return copy;
}

/**
 * Builds libphonenumber-js's max metadata into the bundle as `JSON.parse(String.raw`…`)`, run
 * on first use, instead of a 156 KB object literal, and without the leading-digits patterns
 * only as-you-type formatting reads (keepLastLeadingDigits). The content script evaluates it
 * on every CRM page, and the literal is slow to compile: the minifier turns its strings into
 * template literals. It took 8-11 ms to compile and 1 ms to run in Node, against 2 + 2.5 ms for
 * the JSON text, which V8 scans as one string and parses with its fast JSON parser. The gzip
 * size is within 40 bytes. String.raw keeps the JSON text's backslashes (regular expressions)
 * as they are; the text must then hold no backtick and no `${`, which is checked.
 */
export function metadataAsJson(): Plugin {
  return {
    name: 'dialer-bridge:metadata-as-json',
    enforce: 'pre',
    load(id) {
      if (!METADATA_MODULE.test(id)) return null;
      const file = readFileSync(join(dirname(id), 'metadata.max.json'), 'utf8');
      // Parsed here, so a broken file fails the build rather than a CRM page.
      const metadata = keepLastLeadingDigits(JSON.parse(file) as MetadataJson);
      const json = JSON.stringify(metadata);
      if (json.includes('`') || json.includes('${')) {
        this.error('metadata.max.json holds a backtick or ${: it cannot go into String.raw');
      }
      // Parsed on first use: libphonenumber-js reads the metadata only inside its functions, so
      // the content script's start (one task: its compile and first run, on every CRM page)
      // does not pay for it; the finder's warm-up, in a task of its own, does.
      const getters = Object.keys(metadata).map(
        (key) => `get ${JSON.stringify(key)}() { return load()[${JSON.stringify(key)}]; },`,
      );
      return [
        'let parsed;',
        `const load = () => (parsed ??= JSON.parse(String.raw\`${json}\`));`,
        `export default { ${getters.join(' ')} };`,
      ].join('\n');
    },
  };
}
