// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { UI_ROOT_TAG } from './mount-ui-root';
import { commonAncestor, isOwnRecord, readRecords } from './mutation-intake';

/** Records as the observer would deliver them, collected for a change made by `change`. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'href'],
  });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

describe('readRecords', () => {
  it('sorts a batch into added, changed, reconsidered and restyled nodes', async () => {
    document.body.innerHTML = '<ul id="l"><li id="a">415 555 0134</li><li id="b"></li></ul>';
    const records = await recordsOf(() => {
      document.getElementById('l')?.append(document.createElement('li'));
      (document.getElementById('a')?.firstChild as Text).data = '650 555 0111';
      document.getElementById('b')?.setAttribute('hidden', '');
      document.getElementById('l')?.setAttribute('class', 'open');
      document.getElementById('b')?.remove();
    });
    const intake = readRecords(records, 100);
    expect(intake.added.map((n) => n.nodeName)).toEqual(['LI']);
    expect(intake.changed.map((t) => t.data)).toEqual(['650 555 0111']);
    expect(intake.reconsider.map((el) => el.id)).toEqual(['b']);
    expect(intake.restyled.map((el) => el.id)).toEqual(['l']);
    expect(intake.removals).toBe(true);
    expect(intake.relayout).toBe(true);
    expect(intake.rescan).toEqual([]);
  });

  it('ignores our own UI host', async () => {
    document.body.innerHTML = '';
    const records = await recordsOf(() => {
      document.documentElement.append(document.createElement(UI_ROOT_TAG));
    });
    expect(readRecords(records, 100).added).toEqual([]);
    document.querySelector(UI_ROOT_TAG)?.remove();
  });

  it('tells records about our own host alone from changes of the page', async () => {
    document.body.innerHTML = '<p id="p"></p>';
    const host = document.createElement(UI_ROOT_TAG);
    const own = await recordsOf(() => {
      document.documentElement.append(host);
      host.setAttribute('class', 'shown');
    });
    expect(own.length).toBe(2);
    expect(own.every(isOwnRecord)).toBe(true);
    const page = await recordsOf(() => {
      document.getElementById('p')?.setAttribute('class', 'x');
      document.body.append(document.createElement('div'));
      host.remove();
    });
    expect(page.map(isOwnRecord)).toEqual([false, false, true]);
  });

  it('turns a huge batch into one rescan of the smallest subtree holding it all', async () => {
    document.body.innerHTML =
      '<main><table><tbody id="one"></tbody><tbody id="two"></tbody></table></main><p>x</p>';
    const records = await recordsOf(() => {
      for (const id of ['one', 'two']) {
        const body = document.getElementById(id) as HTMLElement;
        for (let i = 0; i < 30; i++) body.append(document.createElement('tr'));
      }
    });
    const intake = readRecords(records, 50);
    expect(intake.rescan.map((n) => n.nodeName)).toEqual(['TABLE']);
    expect(intake.added).toEqual([]);
  });

  it('finds common ancestors within a tree only', () => {
    document.body.innerHTML = '<div><p id="a"></p><p id="b"></p></div>';
    const a = document.getElementById('a') as Node;
    const b = document.getElementById('b') as Node;
    expect(commonAncestor(a, b)?.nodeName).toBe('DIV');
    expect(commonAncestor(a, document.createElement('p'))).toBeNull();
  });
});
