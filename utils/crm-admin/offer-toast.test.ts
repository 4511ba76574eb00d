// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { showToast } from './offer-toast';

const buttons = () =>
  Array.from(
    document.querySelector('dialer-bridge-admin-toast')?.shadowRoot?.querySelectorAll('button') ??
      [],
  );

describe('offer toast', () => {
  // From review: the root is open, so the page itself could click Create and start a sync.
  it('ignores clicks the page makes with click(): only the admin can accept or dismiss', () => {
    const onAccept = vi.fn();
    const onDismiss = vi.fn();
    showToast(document, 'Create user jdoe in the dialer?', {
      acceptLabel: 'Create',
      onAccept,
      onDismiss,
    });
    expect(buttons().map((button) => button.textContent)).toEqual(['Create', 'Dismiss']);
    for (const button of buttons()) button.click();
    expect(onAccept).not.toHaveBeenCalled();
    expect(onDismiss).not.toHaveBeenCalled();
  });
});
