import { describe, expect, it } from 'vitest';
import { dockMessages, toDockMessageSchema } from './dock-messages';
import { protocol } from './protocol';

describe('dock messages', () => {
  it('are part of the protocol and only content scripts may send them', () => {
    for (const type of Object.keys(dockMessages)) {
      expect(protocol).toHaveProperty(type);
      expect(dockMessages[type as keyof typeof dockMessages].from).toEqual(['content-script']);
    }
  });

  it('accept a place and refuse one that is not numbers and a flag', () => {
    const place = dockMessages['dock/save-place'].request;
    expect(
      place.safeParse({ left: 10, top: 20, width: 360, height: 560, collapsed: true }).success,
    ).toBe(true);
    for (const bad of [
      { left: '10', top: 20, width: 360, height: 560, collapsed: true },
      { left: 10, top: 20, width: 360, height: 560 },
      { left: 1e9, top: 20, width: 360, height: 560, collapsed: false },
      { left: 10, top: 20, width: -1, height: 560, collapsed: false },
    ]) {
      expect(place.safeParse(bad).success).toBe(false);
    }
  });

  it('to the dock: deliver carries a seed message only; anything else is refused', () => {
    const call = { action: 'click_to_call', phone_code: '1', phone_number: '4155550134' };
    expect(toDockMessageSchema.safeParse({ type: 'dock/deliver', message: call }).success).toBe(
      true,
    );
    expect(toDockMessageSchema.safeParse({ type: 'dock/standby' }).success).toBe(true);
    for (const bad of [
      { type: 'dock/deliver', message: { ...call, extra: 'x' } },
      { type: 'dock/deliver', message: { action: 'hangup' } },
      { type: 'call-selection' },
      'dock/standby',
    ]) {
      expect(toDockMessageSchema.safeParse(bad).success).toBe(false);
    }
  });
});
