/** Token scanning for selector-syntax.ts, after CSS Syntax Level 3 (§4.3). */

const isNameStartChar = (ch: string) =>
  /[a-zA-Z_]/.test(ch) || (ch !== '' && ch.charCodeAt(0) >= 0x80);

/** End of the escape (`\41 `, `\.`) at `pos`, or -1 when none starts there. */
function scanEscape(src: string, pos: number): number {
  const next = src[pos + 1] ?? '';
  if (src[pos] !== '\\' || next === '\n' || next === '') return -1;
  const hex = /^[0-9a-fA-F]{1,6}/.exec(src.slice(pos + 1, pos + 7));
  if (!hex) return pos + 2;
  const end = pos + 1 + hex[0].length;
  return /\s/.test(src[end] ?? '') ? end + 1 : end;
}

/** End of the name-start code point (or escape) at `pos`, or -1. */
function scanNameStart(src: string, pos: number): number {
  return isNameStartChar(src[pos] ?? '') ? pos + 1 : scanEscape(src, pos);
}

/** End of the CSS identifier (escapes and non-ASCII included) at `pos`, or -1. */
export function scanIdent(src: string, pos: number): number {
  // "--" starts an identifier on its own; a single "-" needs a name-start after it.
  const dashes = src.startsWith('--', pos) ? 2 : src[pos] === '-' ? 1 : 0;
  let at = dashes === 2 ? pos + 2 : scanNameStart(src, pos + dashes);
  if (at < 0) return -1;
  for (;;) {
    if (/[0-9-]/.test(src[at] ?? '')) {
      at++;
      continue;
    }
    const next = scanNameStart(src, at);
    if (next < 0) return at;
    at = next;
  }
}

/** The quoted string at `pos`: where it ends and whether it was closed; null when none. */
export function scanString(src: string, pos: number): { end: number; closed: boolean } | null {
  const quote = src[pos];
  if (quote !== '"' && quote !== "'") return null;
  let at = pos + 1;
  while (at < src.length && src[at] !== quote) {
    if (src[at] === '\n') return { end: at, closed: false };
    at += src[at] === '\\' ? 2 : 1;
  }
  return at < src.length ? { end: at + 1, closed: true } : { end: at, closed: false };
}
