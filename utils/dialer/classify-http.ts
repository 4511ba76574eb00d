import { type DialerFailure, failure } from './dialer-types';

/**
 * What an HTTP status says before the body is read. Dialer scripts answer every outcome, errors
 * included, with HTTP 200, so any other status comes from the web server, a proxy or a crash.
 *
 * Whether the request may have been applied matters for calls that are not safe to repeat:
 * 503, 429 and 408 mean the request was turned away before the script ran; 500 (a crashed
 * PHP), 502 and 504 (a proxy that lost the upstream) may come after the script did its work.
 */

/** `<title>` or first `<h1>` of an HTML page, to name the page in a message. */
export function pageTitle(body: string): string | undefined {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(body) ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(body);
  const title = match?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, 120) : undefined;
}

export function looksLikeHtmlPage(body: string): boolean {
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(body);
}

function said(body: string): string {
  const title = pageTitle(body);
  return title ? ` (the server said "${title}")` : '';
}

export function httpStatusFailure(status: number, body: string): DialerFailure | null {
  if (status === 0 || (status >= 200 && status < 300)) return null;
  const httpStatus = status;
  const server = said(body);
  if (status >= 500 && status < 600) {
    const turnedAway = status === 503;
    return failure(
      'unavailable',
      `The dialer's server had an error (HTTP ${status})${server}. ${turnedAway ? 'It is busy or down; the client will try again later.' : 'The request may or may not have been carried out.'}`,
      { httpStatus, retryable: true, maybeApplied: !turnedAway },
    );
  }
  switch (status) {
    case 401:
      return failure(
        'auth',
        `The web server in front of the dialer asked for a login (HTTP 401)${server}: the dialer URL points at a protected page.`,
        { httpStatus },
      );
    case 403:
      return failure(
        'permission',
        `The web server refused access to the API (HTTP 403)${server}: check the API path and that this computer may reach the dialer API.`,
        { httpStatus },
      );
    case 404:
      return failure(
        'unavailable',
        `No dialer API at this address (HTTP 404)${server}: check the dialer URL and the API path.`,
        { httpStatus },
      );
    case 408:
    case 429:
      return failure(
        'unavailable',
        `The dialer's web server turned the request away (HTTP ${status})${server}; the client will try again later.`,
        { httpStatus, retryable: true },
      );
    case 414:
      return failure(
        'invalid',
        `The request was too long for the dialer's web server (HTTP 414)${server}. Lower the request size limit.`,
        { httpStatus, reason: 'REQUEST TOO LONG' },
      );
    default:
      break;
  }
  if (status >= 300 && status < 400) {
    return failure(
      'unavailable',
      `The dialer URL redirects elsewhere (HTTP ${status}): set the final address (often https://) as the dialer URL.`,
      { httpStatus },
    );
  }
  if (status >= 400 && status < 500) {
    return failure(
      'unavailable',
      `The dialer's web server refused the request (HTTP ${status})${server}.`,
      { httpStatus },
    );
  }
  return failure(
    'malformed',
    `The dialer answered with an HTTP status that makes no sense (${status}).`,
    { httpStatus, maybeApplied: true },
  );
}
