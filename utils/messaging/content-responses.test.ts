import { describe, expect, it } from 'vitest';
import { adminMessages, crmAdminResponses } from './admin-messages';
import { callMessages, callResponses } from './call-messages';
import { dockMessages, dockResponses } from './dock-messages';
import { loginMessages, loginResponses } from './login-messages';

/**
 * Content scripts parse replies with the `…Responses` maps and never load the tables the
 * background routes with: a reply schema changed in one place only would let a content script
 * accept what the background no longer sends, or refuse what it does.
 */
type Table = Record<string, { from: readonly string[]; response: unknown }>;
const pairs: [string, Table, Record<string, unknown>][] = [
  ['callMessages', callMessages, callResponses],
  ['loginMessages', loginMessages, loginResponses],
  ['adminMessages', adminMessages, crmAdminResponses],
  ['dockMessages', dockMessages, dockResponses],
];

describe('reply schemas of content-script messages', () => {
  it.each(pairs)(
    '%s: each content-script message has its reply schema, the same object',
    (_, table, responses) => {
      const fromContent = Object.entries(table)
        .filter(([, m]) => m.from.includes('content-script'))
        .map(([type]) => type);
      expect(Object.keys(responses).sort()).toEqual(fromContent.sort());
      for (const [type, schema] of Object.entries(responses))
        expect(table[type]?.response, type).toBe(schema);
    },
  );
});
