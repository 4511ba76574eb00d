/**
 * What a dialer API script answers, and the two shapes it answers in. Every reply is HTTP 200
 * (real servers report errors only in the body) with PHP's default `text/html` content type,
 * even for JSON: a client must judge the body, never the status or the content type.
 */
export interface ApiReply {
  status: number;
  contentType: string;
  body: string;
}

export const PHP_CONTENT_TYPE = 'text/html; charset=utf-8';

/** Text replies as VICIdial prints them: one `echo "...\n"` per line. */
export function textReply(...lines: string[]): ApiReply {
  return {
    status: 200,
    contentType: PHP_CONTENT_TYPE,
    body: lines.map((line) => `${line}\n`).join(''),
  };
}

/** Elision's JSON replies: `echo json_encode(...)`, no trailing newline. */
export function jsonReply(value: unknown): ApiReply {
  return { status: 200, contentType: PHP_CONTENT_TYPE, body: phpJsonEncode(value) };
}

/**
 * JSON as PHP's `json_encode` writes it with default flags: `/` escaped as `\/` and every
 * non-ASCII character as `\uXXXX` (UTF-16 units, so emoji become surrogate pairs). Both only
 * occur inside strings, so rewriting the JSON text is safe. Clients parsing with a real JSON
 * reader see the same values; clients matching raw text do not, which is the point.
 */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Request parameters read the PHP way: a repeated key keeps its last value (`$_GET['a']` for
 * `a=1&a=2` is `2`), and "sent but empty" is different from "not sent".
 */
export class ApiParams {
  constructor(private readonly params: URLSearchParams) {}

  has(key: string): boolean {
    return this.params.has(key);
  }

  /** The value, or undefined when the key was not sent at all. */
  raw(key: string): string | undefined {
    return this.params.getAll(key).at(-1);
  }

  /** The value, or '' when not sent (PHP code mostly tests `strlen($x) < n`). */
  get(key: string): string {
    return this.raw(key) ?? '';
  }
}
