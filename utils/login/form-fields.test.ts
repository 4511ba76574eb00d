// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inputsIn } from './form-fields';

describe('inputsIn', () => {
  it('finds the inputs of a document in page order, and sees one added since', () => {
    document.body.innerHTML = '<form><input id="a"><p><input id="b"></p></form><input id="c">';
    expect(inputsIn(document).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    document
      .querySelector('p')
      ?.append(Object.assign(document.createElement('input'), { id: 'd' }));
    expect(inputsIn(document).map((i) => i.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('finds them in a fragment too, which has no tag-name collection', () => {
    const fragment = document.createRange().createContextualFragment('<div><input id="x"></div>');
    expect('getElementsByTagName' in fragment).toBe(false);
    expect(inputsIn(fragment).map((i) => i.id)).toEqual(['x']);
  });
});
