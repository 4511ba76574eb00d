// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { mountUiRoot, UI_ROOT_TAG } from './mount-ui-root';

describe('mountUiRoot', () => {
  beforeEach(() => {
    document.documentElement.innerHTML =
      '<head></head><body><div id="app"><p>Call 415 555 0134</p></div></body>';
  });

  it('adds one host outside the page app, with an open shadow root', () => {
    const ui = mountUiRoot(document);
    expect(document.querySelectorAll(UI_ROOT_TAG)).toHaveLength(1);
    expect(ui.host.parentElement).toBe(document.documentElement);
    expect(ui.shadow.mode).toBe('open');
    expect(document.getElementById('app')?.innerHTML).toBe('<p>Call 415 555 0134</p>');
  });

  it('reuses the existing host instead of adding a second one', () => {
    const first = mountUiRoot(document);
    const second = mountUiRoot(document);
    expect(second.host).toBe(first.host);
    expect(document.querySelectorAll(UI_ROOT_TAG)).toHaveLength(1);
  });

  it('removes itself and leaves the page as it was', () => {
    const before = document.documentElement.outerHTML;
    mountUiRoot(document).remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
