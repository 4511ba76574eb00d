/**
 * How a request is put on the wire, shared by the transport and the batcher so that the size
 * the batcher plans is exactly the size that is sent.
 *
 * Values are percent-encoded with encodeURIComponent plus `! ' ( ) *`, which it leaves alone
 * but the URL parser inside `fetch` encodes in a query string (`'` becomes `%27`): encoding
 * them here means fetch sends the query byte for byte as built, so the planned size is the
 * real size. A space is `%20` (PHP decodes it as it decodes `+`). After encoding everything is
 * ASCII, so string length equals bytes.
 */

export type RequestMethod = 'GET' | 'POST';

/** A parameter value already encoded with encodeComponent, put in the query as it is. */
export class Encoded {
  constructor(readonly text: string) {}
}

export type Params = ReadonlyArray<readonly [string, string | Encoded]>;

const EXTRA = /[!'()*]/;
const EXTRA_ALL = /[!'()*]/g;
const extraHex = (ch: string) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`;

export function encodeComponent(value: string): string {
  const encoded = encodeURIComponent(value);
  // Most values hold none of the extra characters: skip the replace (and its copy) for them.
  return EXTRA.test(encoded) ? encoded.replace(EXTRA_ALL, extraHex) : encoded;
}

export function encodeQuery(params: Params): string {
  return params
    .map(
      ([key, value]) =>
        `${encodeComponent(key)}=${typeof value === 'string' ? encodeComponent(value) : value.text}`,
    )
    .join('&');
}

/**
 * What counts against the server's limit: for GET, Apache's request line
 * `GET <path>?<query> HTTP/1.1` (LimitRequestLine, 8,190 bytes by default); for POST, the
 * form body.
 */
/** `GET `, `?` and ` HTTP/1.1` around the path and query. */
const REQUEST_LINE_EXTRA = 'GET ? HTTP/1.1'.length;

export function requestSize(method: RequestMethod, path: string, query: string): number {
  // Counted, not built: an add_multi_lead query is ~8,000 characters, copied for nothing.
  return method === 'GET' ? REQUEST_LINE_EXTRA + path.length + query.length : query.length;
}
