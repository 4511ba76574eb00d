import { describe, expect, test } from 'vitest';
import { readJson, recoverDataStrings, recoverLeadEntries } from './read-json';

describe('readJson', () => {
  test('plain JSON, with surrounding whitespace', () => {
    expect(readJson(' {"a":1}\n')).toEqual({ status: 'ok', value: { a: 1 } });
  });

  test("the seed's active_lists example: the object, then a stray `]}`", () => {
    expect(readJson('{"success":true,"data":["a-11-bbbbbb"]}]}')).toEqual({
      status: 'extra',
      value: { success: true, data: ['a-11-bbbbbb'] },
      before: '',
      after: ']}',
    });
  });

  test('a PHP warning printed before the JSON', () => {
    const reading = readJson(
      '<br />\n<b>Warning</b>:  something [x] in <b>/a.php</b><br />\n{"success":false,"message":"m"}',
    );
    expect(reading.status).toBe('extra');
    if (reading.status === 'extra') {
      expect(reading.value).toEqual({ success: false, message: 'm' });
      expect(reading.before).toContain('Warning');
    }
  });

  test('braces inside strings do not confuse it', () => {
    expect(readJson('x {"a":"}]{[","b":"\\"}"} y')).toMatchObject({
      status: 'extra',
      value: { a: '}]{[', b: '"}' },
    });
  });

  test('raw line breaks inside strings (as the seed prints "Record(s)\\nCreated") are read', () => {
    expect(readJson('{"m":"Record(s)\nCreated"}')).toEqual({
      status: 'ok',
      value: { m: 'Record(s)\nCreated' },
    });
  });

  test('a body cut off inside the JSON', () => {
    expect(readJson('{"success":tr')).toEqual({ status: 'cut', start: 0 });
    expect(readJson('warning\n{"lead 1":{"success":true}')).toEqual({ status: 'cut', start: 8 });
  });

  test('no JSON at all', () => {
    expect(readJson('')).toEqual({ status: 'none' });
    expect(readJson('hello')).toEqual({ status: 'none' });
    expect(readJson('{not json}')).toEqual({ status: 'none' });
  });
});

describe('recovery from a cut reply', () => {
  test('complete strings of the data array, not the cut one', () => {
    expect(recoverDataStrings('{"success":true,"data":["A-11-first list","B-22-sec')).toEqual([
      'A-11-first list',
    ]);
    expect(recoverDataStrings('{"data":["A-11-x]y","B-22-z"],"more":["no"]')).toEqual([
      'A-11-x]y',
      'B-22-z',
    ]);
    expect(recoverDataStrings('{"success":tr')).toEqual([]);
  });

  test('complete lead entries, not the cut one', () => {
    const body =
      '{"lead 1":{"success":true,"message":"Record(s) Created","data":"1|2|3"},"lead 2":{"success":false,"message":"a } b","data":"9"},"lead 3":{"success":tr';
    expect(recoverLeadEntries(body)).toEqual([
      { number: 1, value: { success: true, message: 'Record(s) Created', data: '1|2|3' } },
      { number: 2, value: { success: false, message: 'a } b', data: '9' } },
    ]);
  });
});
