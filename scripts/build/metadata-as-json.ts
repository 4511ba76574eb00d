import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The module libphonenumber-js's `max` build imports its metadata from (an object literal). */
const METADATA_MODULE = /[\\/]libphonenumber-js[\\/]metadata\.max\.json\.js$/;

/**
 * Builds libphonenumber-js's max metadata into the bundle as `JSON.parse(String.raw`…`)`
 * instead of a 156 KB object literal. The content script evaluates it on every CRM page, and
 * the literal is slow to compile: the minifier turns its strings into template literals. It
 * took 8-11 ms to compile and 1 ms to run in Node, against 2 + 2.5 ms for the JSON text,
 * which V8 scans as one string and parses with its fast JSON parser. The gzip size is within
 * 40 bytes. String.raw keeps the JSON text's backslashes (regular expressions) as they are;
 * the text must then hold no backtick and no `${`, which is checked.
 */
export function metadataAsJson(): Plugin {
  return {
    name: 'dialer-bridge:metadata-as-json',
    enforce: 'pre',
    load(id) {
      if (!METADATA_MODULE.test(id)) return null;
      const json = readFileSync(join(dirname(id), 'metadata.max.json'), 'utf8').trim();
      if (json.includes('`') || json.includes('${')) {
        this.error('metadata.max.json holds a backtick or ${: it cannot go into String.raw');
      }
      // Parsed once here too, so a broken file fails the build rather than a CRM page.
      JSON.parse(json);
      return `export default JSON.parse(String.raw\`${json}\`);`;
    },
  };
}
