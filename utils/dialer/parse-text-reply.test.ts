import { describe, expect, test } from 'vitest';
import { looksLikeTextReply, parseTextReply, versionFields } from './parse-text-reply';

const one = (body: string) => parseTextReply(body).lines[0];

describe('parseTextReply', () => {
  test('the ` - ` separator: function, reason, data', () => {
    expect(one('ERROR: add_user USER ALREADY EXISTS - api|api\n')).toEqual({
      keyword: 'ERROR',
      fn: 'add_user',
      reason: 'USER ALREADY EXISTS',
      data: ['api', 'api'],
      text: 'ERROR: add_user USER ALREADY EXISTS - api|api',
    });
  });

  test('the `: |` separator, no function name', () => {
    expect(one('ERROR: Login incorrect, please try again: |api|1234|BAD|')).toMatchObject({
      fn: undefined,
      reason: 'Login incorrect, please try again',
      data: ['api', '1234', 'BAD', ''],
    });
  });

  test('the `: |` separator after a function name', () => {
    expect(
      one('ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |api|add_user|'),
    ).toMatchObject({
      fn: 'auth',
      reason: 'USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION',
      data: ['api', 'add_user', ''],
    });
  });

  test('empty data fields are kept, spaces around fields are not', () => {
    expect(one('ERROR: update_user YOU MUST USE ALL REQUIRED FIELDS - api||')?.data).toEqual([
      'api',
      '',
      '',
    ]);
    expect(
      one('ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER - api| 7878')?.data,
    ).toEqual(['api', '7878']);
  });

  test('a line with no data, and a line with no separator', () => {
    expect(
      one('ERROR: update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD - api')?.data,
    ).toEqual(['api']);
    expect(one('ERROR: NO FUNCTION SPECIFIED')).toMatchObject({
      reason: 'NO FUNCTION SPECIFIED',
      data: [],
    });
    expect(one('ERROR: add_user SOMETHING - ')).toMatchObject({ reason: 'SOMETHING', data: [] });
  });

  test('data may contain the separators themselves; the first separator wins', () => {
    expect(
      one('SUCCESS: add_user USER HAS BEEN ADDED - api|1000|x|1|Jean - Paul: |Sr|AGENTS')?.data,
    ).toEqual(['api', '1000', 'x', '1', 'Jean - Paul:', 'Sr', 'AGENTS']);
  });

  test('several lines: SUCCESS then NOTICEs; PHP warnings around them are set aside', () => {
    const reply = parseTextReply(
      '<br />\n<b>Notice</b>:  Undefined index: x in <b>/srv/non_agent_api.php</b><br />\r\nSUCCESS: add_lead LEAD HAS BEEN ADDED - 7275551111|6666|999|193715|-4\r\nNOTICE: add_lead ADDED TO HOPPER - 7275551111|6666|193715|1677922\n',
    );
    expect(reply.lines.map((l) => l.keyword)).toEqual(['SUCCESS', 'NOTICE']);
    expect(reply.otherLines).toEqual([
      '<br />',
      '<b>Notice</b>:  Undefined index: x in <b>/srv/non_agent_api.php</b><br />',
    ]);
  });

  test('two ERROR lines (invalid source)', () => {
    const reply = parseTextReply('ERROR: Invalid Source - x\nERROR: Invalid Source: |x|\n');
    expect(reply.lines.map((l) => [l.reason, l.data])).toEqual([
      ['Invalid Source', ['x']],
      ['Invalid Source', ['x', '']],
    ]);
  });

  test('VERSION lines keep their pairs', () => {
    const line = one(
      'VERSION: 2.4-34|BUILD: 110424-0854|DATE: 2011-05-29 12:19:22|EPOCH: 1306685962|DST: 1|TZ: -5|TZNOW: -4|',
    );
    expect(line?.keyword).toBe('VERSION');
    expect(line && versionFields(line)).toEqual({
      VERSION: '2.4-34',
      BUILD: '110424-0854',
      DATE: '2011-05-29 12:19:22',
      EPOCH: '1306685962',
      DST: '1',
      TZ: '-5',
      TZNOW: '-4',
    });
  });

  test('looksLikeTextReply finds a keyword at the start of any line only', () => {
    expect(looksLikeTextReply('SUCCESS: x')).toBe(true);
    expect(looksLikeTextReply('<br/>\n  ERROR: x')).toBe(true);
    expect(looksLikeTextReply('{"message":"ERROR: x"}')).toBe(false);
    expect(looksLikeTextReply('<b>Notice</b>: x')).toBe(false);
  });
});
