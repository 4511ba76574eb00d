import { describe, expect, it, vi } from 'vitest';
import { createContentDialer } from './content-dialer';

const number = { countryCallingCode: '44', nationalNumber: '2079460958' };
const seedMessage = { action: 'click_to_call', phone_code: '44', phone_number: '2079460958' };

describe('createContentDialer', () => {
  it('posts the seed message to the framing dialer page, to its exact origin', async () => {
    const postToParent = vi.fn();
    const askBackground = vi.fn();
    const dialer = createContentDialer({
      framedBy: 'https://dialer.example.com',
      postToParent,
      askBackground,
    });
    expect(await dialer.call(number)).toEqual({
      status: 'sent',
      message: 'Dialing +44 2079460958',
    });
    expect(postToParent).toHaveBeenCalledWith(seedMessage, 'https://dialer.example.com');
    expect(askBackground).not.toHaveBeenCalled();
  });

  it('does not post the same number twice on a double click when framed', async () => {
    let now = 0;
    const postToParent = vi.fn();
    const dialer = createContentDialer({
      framedBy: 'https://dialer.example.com',
      postToParent,
      askBackground: vi.fn(),
      now: () => now,
    });
    await dialer.call(number);
    now = 250;
    expect((await dialer.call(number)).status).toBe('duplicate');
    expect(postToParent).toHaveBeenCalledTimes(1);
  });

  it('asks the background (the shared dialer window) when not framed', async () => {
    const askBackground = vi
      .fn()
      .mockResolvedValue({ status: 'sent', message: 'Dialing +44 2079460958' });
    const dialer = createContentDialer({ framedBy: null, postToParent: vi.fn(), askBackground });
    expect((await dialer.call(number)).status).toBe('sent');
    expect(askBackground).toHaveBeenCalledWith(seedMessage);
  });

  it('reports a failure from the background instead of throwing', async () => {
    const dialer = createContentDialer({
      framedBy: null,
      postToParent: vi.fn(),
      askBackground: vi.fn().mockRejectedValue(new Error('Extension context invalidated.')),
    });
    expect(await dialer.call(number)).toEqual({
      status: 'failed',
      message: 'Could not dial +44 2079460958: Extension context invalidated.',
    });
  });
});
