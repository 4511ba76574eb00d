// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasChildrenAtLeast, JobQueue, runWalk, type WalkVisitor } from './scan-walk';

function recorder(skip: string[] = []) {
  const seen: string[] = [];
  const visitor: WalkVisitor = {
    element: (el) => !skip.includes(el.localName),
    text: (node) => {
      seen.push(node.data);
      return true;
    },
  };
  return { seen, visitor };
}

describe('runWalk', () => {
  it('visits text in order and jumps over skipped subtrees', () => {
    document.body.innerHTML = '<p>a<b>b</b></p><code>no<i>no</i></code><p>c</p>';
    const { seen, visitor } = recorder(['code']);
    expect(runWalk({ root: document.body }, visitor, () => false)).toBe(true);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('stops when time is up and carries on from there', () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p>${i}</p>`).join('');
    const { seen, visitor } = recorder();
    const job = { root: document.body };
    expect(runWalk(job, visitor, () => true)).toBe(false);
    expect(seen).toEqual(['0']);
    expect(runWalk(job, visitor, () => false)).toBe(true);
    expect(seen).toHaveLength(20);
  });

  it('starts over when the page removed the node it stopped at', () => {
    document.body.innerHTML = `<div id="gone">${'<p>1</p>'.repeat(8)}</div><p>2</p>`;
    const { seen, visitor } = recorder();
    const job = { root: document.body };
    runWalk(job, visitor, () => true);
    document.getElementById('gone')?.remove();
    runWalk(job, visitor, () => false);
    expect(seen.at(-1)).toBe('2');
  });

  it('visits a text root, and nothing under a skipped root', () => {
    document.body.innerHTML = '<pre>x</pre>';
    const { seen, visitor } = recorder(['pre']);
    runWalk({ root: document.querySelector('pre') as Element }, visitor, () => false);
    runWalk({ root: document.createTextNode('t') }, visitor, () => false);
    expect(seen).toEqual([]);
    const text = document.body.appendChild(document.createTextNode('t'));
    runWalk({ root: text }, visitor, () => false);
    expect(seen).toEqual(['t']);
  });
});

describe('JobQueue', () => {
  it('is first in, first out, over thousands of jobs', () => {
    const queue = new JobQueue();
    const roots = Array.from({ length: 3000 }, () => document.createElement('p'));
    for (const root of roots) queue.push({ root });
    for (let i = 0; i < 2500; i++) queue.shift();
    expect(queue.size).toBe(500);
    expect(queue.peek()?.root).toBe(roots[2500]);
  });
});

describe('hasChildrenAtLeast', () => {
  it('counts child elements only, up to the number asked', () => {
    const list = document.createElement('ul');
    list.innerHTML = '<li>1</li> text <li>2</li><!-- note --><li>3</li>';
    expect(hasChildrenAtLeast(list, 1)).toBe(true);
    expect(hasChildrenAtLeast(list, 3)).toBe(true);
    expect(hasChildrenAtLeast(list, 4)).toBe(false);
    expect(hasChildrenAtLeast(document.createElement('div'), 1)).toBe(false);
  });

  it('looks at no more children than asked for', () => {
    const body = document.createElement('tbody');
    body.innerHTML = '<tr></tr>'.repeat(1000);
    let reads = 0;
    const next = Object.getOwnPropertyDescriptor(Element.prototype, 'nextElementSibling');
    const counting = {
      get(this: Element) {
        reads++;
        return next?.get?.call(this);
      },
    };
    Object.defineProperty(Element.prototype, 'nextElementSibling', { ...next, ...counting });
    try {
      expect(hasChildrenAtLeast(body, 501)).toBe(true);
    } finally {
      if (next) Object.defineProperty(Element.prototype, 'nextElementSibling', next);
    }
    expect(reads).toBe(500);
  });
});
