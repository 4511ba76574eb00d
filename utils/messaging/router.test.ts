import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './router';
import { createMessageRouter } from './router';

const own = { id: 'ext-id', pageBase: 'chrome-extension://ext-id/' };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const contentScript = { id: 'ext-id', url: 'https://crm.example.com/', tab: { id: 3 } };

function setup() {
  const handlers = {
    'settings/get': vi.fn(async () => ({
      settings: {} as never,
      secretsSet: { apiPass: true, agentPhonePass: false },
      problems: [],
    })),
    'settings/save': vi.fn(),
    'sites/set': vi.fn(),
    'sites/remove': vi.fn(),
    'content/hello': vi.fn(async () => ({ enabled: true, defaultCountry: 'US', phoneCode: '1' })),
  } as unknown as Handlers;
  const log = vi.fn();
  return { handlers, log, route: createMessageRouter(handlers, own, log) };
}

describe('createMessageRouter', () => {
  it('runs the handler for an allowed sender with a valid payload', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'content/hello', payload: {} }, contentScript);
    expect(reply).toEqual({
      ok: true,
      data: { enabled: true, defaultCountry: 'US', phoneCode: '1' },
    });
    expect(handlers['content/hello']).toHaveBeenCalledOnce();
  });

  it('never lets a content script read the settings', async () => {
    const { route, handlers, log } = setup();
    const reply = await route({ type: 'settings/get', payload: {} }, contentScript);
    expect(reply).toEqual({
      ok: false,
      error: 'settings/get may not be sent from a content-script',
    });
    expect(handlers['settings/get']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('refuses another extension before looking at the message', async () => {
    const { route, handlers } = setup();
    const reply = await route(
      { type: 'settings/get', payload: {} },
      { id: 'intruder', url: 'chrome-extension://intruder/x.html' },
    );
    expect(reply.ok).toBe(false);
    expect(handlers['settings/get']).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'settings/get'],
    ['no type', { payload: {} }],
    ['an unknown type', { type: 'fetch/url', payload: { url: 'http://x' } }],
    ['an inherited property as type', { type: 'toString', payload: {} }],
  ])('refuses %s', async (_name, message) => {
    const { route } = setup();
    expect((await route(message, page)).ok).toBe(false);
  });

  it('refuses a payload that does not match the schema', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'sites/set', payload: { origin: 5, enabled: 'yes' } }, page);
    expect(reply.ok).toBe(false);
    expect(handlers['sites/set']).not.toHaveBeenCalled();
  });

  it('turns a handler failure into an error reply', async () => {
    const { route, handlers } = setup();
    vi.mocked(handlers['settings/get']).mockRejectedValueOnce(new Error('storage broke'));
    expect(await route({ type: 'settings/get', payload: {} }, page)).toEqual({
      ok: false,
      error: 'settings/get failed: storage broke',
    });
  });
});
