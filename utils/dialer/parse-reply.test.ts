import { describe, expect, test } from 'vitest';
import { DIALER_FUNCTIONS, parseDialerReply } from './index';

const NGINX_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

const APACHE_414 = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>414 Request-URI Too Long</title>
</head><body>
<h1>Request-URI Too Long</h1>
</body></html>
`;

const PHP_WARNING_THEN_CUT = `<br />
<b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in <b>/var/www/html/dialer/dbconnect_mysqli.php</b> on line <b>31</b><br />
{"success":tr`;

describe('HTTP status, before the body', () => {
  test.each([
    [500, '', 'unavailable', true, true],
    [502, NGINX_502, 'unavailable', true, true],
    [504, '', 'unavailable', true, true],
    [503, 'busy', 'unavailable', true, false],
    [429, '', 'unavailable', true, false],
    [408, '', 'unavailable', true, false],
    [404, '<title>Not Found</title>', 'unavailable', false, false],
    [401, '', 'auth', false, false],
    [403, '', 'permission', false, false],
    [414, APACHE_414, 'invalid', false, false],
    [301, '', 'unavailable', false, false],
    [418, '', 'unavailable', false, false],
    [999, '', 'malformed', false, true],
  ])(
    'HTTP %i -> %s (retryable %s, maybe applied %s)',
    (status, body, kind, retryable, maybeApplied) => {
      expect(parseDialerReply('add_user', body, status)).toMatchObject({
        ok: false,
        kind,
        httpStatus: status,
        retryable,
        maybeApplied,
      });
    },
  );

  test('an error page names itself in the message', () => {
    const result = parseDialerReply('active_lists', NGINX_502, 502);
    expect(!result.ok && result.message).toContain('(the server said "502 Bad Gateway")');
  });

  test('a dialer error with HTTP 200 is judged by its body', () => {
    expect(
      parseDialerReply('add_user', 'ERROR: add_user USER ALREADY EXISTS - api|1000', 200),
    ).toMatchObject({ kind: 'exists' });
  });

  test('an unknown status (0, NaN) is judged by the body alone', () => {
    expect(
      parseDialerReply('update_user', 'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000', 0)
        .ok,
    ).toBe(true);
    expect(
      parseDialerReply(
        'update_user',
        'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000',
        Number.NaN,
      ).ok,
    ).toBe(true);
  });
});

describe('bodies that are not a dialer reply', () => {
  test('empty: maybe a crash after the work, retryable', () => {
    expect(parseDialerReply('add_list', '  \n', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
      retryable: true,
      maybeApplied: true,
    });
  });

  test('an HTML page (wrong URL): not retried, says what to check', () => {
    const result = parseDialerReply(
      'add_user',
      '<!DOCTYPE html><html><head><title>Login</title></head><body>Please log in</body></html>',
      200,
    );
    expect(result).toMatchObject({ ok: false, kind: 'malformed', retryable: false });
    expect(!result.ok && result.message).toBe(
      'The server answered with a web page ("Login") instead of a dialer reply: check the dialer URL and the API path.',
    );
  });

  test('a PHP fatal error: maybe applied, retryable', () => {
    const result = parseDialerReply(
      'add_user',
      '<br />\n<b>Fatal error</b>:  Allowed memory size exhausted in <b>/x.php</b>',
      200,
    );
    expect(result).toMatchObject({
      ok: false,
      kind: 'malformed',
      retryable: true,
      maybeApplied: true,
    });
  });

  test("a PHP warning and a cut JSON body (the simulator's malformed fault)", () => {
    expect(parseDialerReply('add_list', PHP_WARNING_THEN_CUT, 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
      retryable: true,
      maybeApplied: true,
    });
  });

  test('a PHP warning before a whole JSON reply: read, and the warning reported', () => {
    const result = parseDialerReply(
      'add_list',
      '<b>Notice</b>: x<br />\n{"success":true,"message":"1101 list created","data":{"list_id":"1101"}}',
      200,
    );
    expect(result).toMatchObject({ ok: true, value: { listId: '1101' } });
    expect(result.ok && result.notices[0]).toMatch(
      /^Ignored text the dialer printed before its reply/,
    );
  });

  test('garbage', () => {
    expect(parseDialerReply('add_user', 'lorem ipsum', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
      maybeApplied: true,
    });
    expect(parseDialerReply('add_user', '\u0000\u0001\uFFFD', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
    });
  });

  test('JSON of an unknown shape', () => {
    expect(parseDialerReply('add_list', '{"ok":1}', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
    });
    expect(parseDialerReply('add_list', '42', 200)).toMatchObject({ ok: false, kind: 'malformed' });
    expect(parseDialerReply('active_lists', '{"success":true,"data":"x"}', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
    });
    expect(parseDialerReply('add_multi_lead', '{"success":true}', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
    });
    expect(parseDialerReply('add_user', '["SUCCESS"]', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
    });
  });

  test('a text reply with only NOTICE lines says what is missing', () => {
    const result = parseDialerReply('add_user', 'NOTICE: add_user SOMETHING - api', 200);
    expect(!result.ok && result.message).toContain('no SUCCESS or ERROR line');
  });
});

describe('replies cut off on the way', () => {
  const leadMap =
    '{"lead 1":{"success":true,"message":"Record(s) Created","data":"7275550001| 1101|1|| NEW|"},"lead 2":{"success":false,"message":"Invalid phone number","data":"12"},"lead 3":{"success":true,"message":"Record(s) Cr';

  test('add_multi_lead: the complete entries are kept, the reply marked incomplete', () => {
    const result = parseDialerReply('add_multi_lead', leadMap, 200);
    expect(result).toMatchObject({
      ok: true,
      value: {
        complete: false,
        leads: [
          { position: 0, ok: true },
          { position: 1, ok: false },
        ],
      },
    });
    expect(result.ok && result.notices[0]).toMatch(/cut off after 2 lead/);
  });

  test('add_multi_lead cut before any entry: a failure that may have been applied', () => {
    expect(parseDialerReply('add_multi_lead', '{"lead 1":{"succ', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
      maybeApplied: true,
    });
  });

  test('active_lists: the complete entries are kept, with advice to type the list id', () => {
    const result = parseDialerReply(
      'active_lists',
      '{"success":true,"message":"lists are listed successfully","data":["A1-11-first list","B2-22-sec',
      200,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { complete: false, lists: [{ listId: '11' }] },
    });
    expect(result.ok && result.notices[0]).toContain('Type the list id if yours is missing');
  });

  test('add_list cut: unknown outcome, retryable (add_list is safe to repeat)', () => {
    expect(parseDialerReply('add_list', '{"success":true,"message":"1101 li', 200)).toMatchObject({
      ok: false,
      kind: 'malformed',
      retryable: true,
      maybeApplied: true,
    });
  });
});

describe('per-lead map details', () => {
  test('entries map to batch positions by their number, whatever their order', () => {
    const result = parseDialerReply(
      'add_multi_lead',
      '{"lead 2":{"success":true,"message":"ok","data":"1|11|7||NEW|"},"lead 1":{"success":true,"message":"ok","data":"2|11|6||NEW|"}}',
      200,
    );
    expect(result.ok && result.value.leads.map((l) => [l.position, l.ok && l.leadId])).toEqual([
      [0, '6'],
      [1, '7'],
    ]);
  });

  test('unknown keys and repeated numbers are ignored and reported', () => {
    const result = parseDialerReply(
      'add_multi_lead',
      '{"lead 1":{"success":true,"message":"a","data":""},"lead 0":{},"lead 01":{},"extra":1}',
      200,
    );
    expect(result).toMatchObject({ ok: true, value: { leads: [{ position: 0 }] } });
    expect(result.ok && result.notices[0]).toBe(
      'Ignored entries the client does not know: lead 0, lead 01, extra.',
    );
  });

  test('an entry without a success flag is unreadable (so its lead is unconfirmed)', () => {
    const result = parseDialerReply('add_multi_lead', '{"lead 1":"yes"}', 200);
    expect(result).toMatchObject({
      ok: true,
      value: { leads: [{ position: 0, ok: false, failure: { kind: 'malformed' } }] },
    });
  });

  test('per-lead not_found for a list that does not exist', () => {
    const result = parseDialerReply(
      'add_multi_lead',
      '{"lead 1":{"success":false,"message":"9999 list does not exist","data":"7275551212"}}',
      200,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { leads: [{ ok: false, failure: { kind: 'not_found', field: 'list_id' } }] },
    });
    expect(JSON.stringify(result)).toContain('List \\"9999\\" does not exist');
  });
});

describe('secrets', () => {
  test('passwords given in the context are masked in raw and notices', () => {
    const result = parseDialerReply(
      'update_user',
      'SUCCESS: update_user USER HAS BEEN UPDATED - api|1000\nNOTICE: update_user echo s3cret - api',
      200,
      { secrets: ['s3cret'] },
    );
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });

  describe('raw is masked however it is read (it is computed on first read)', () => {
    const LOGIN =
      'ERROR: Login incorrect, please try again: |api|s3cret|BAD|\nNOTICE: echo s3cret, pass=s3cret';
    const MULTI = `{"lead 1":{"success":false,"message":"s3cret list does not exist","data":"7275551212|s3cret"},"password":"s3cret"}`;
    const cases: Array<[string, Parameters<typeof parseDialerReply>]> = [
      ['a text error', ['add_user', LOGIN, 200, { secrets: ['s3cret'] }]],
      ['a lead map', ['add_multi_lead', MULTI, 200, { secrets: ['s3cret'] }]],
      [
        'an HTTP error page',
        ['add_user', `<html><title>pass=s3cret</title>${LOGIN}`, 500, { secrets: ['s3cret'] }],
      ],
      ['a cut reply', ['add_multi_lead', `${MULTI.slice(0, 60)}`, 200, { secrets: ['s3cret'] }]],
    ];
    test.each(cases)('%s', (_, args) => {
      const result = parseDialerReply(...args);
      const raw = result.raw ?? '';
      expect(raw).not.toBe('');
      expect(raw).toContain('********');
      const readings = [
        result.raw,
        { ...result }.raw,
        (JSON.parse(JSON.stringify(result)) as { raw?: string }).raw,
        structuredClone(result).raw,
        Object.fromEntries(Object.entries(result)).raw,
        Object.getOwnPropertyDescriptor(result, 'raw')?.get?.(),
      ];
      for (const reading of readings) expect(reading).toBe(raw);
      expect(raw).not.toContain('s3cret');
      expect(result.ok ? '' : result.message).not.toContain('s3cret');
      expect(Object.keys(result)).toContain('raw');
      expect(Object.getOwnPropertyDescriptor(result, 'raw')?.value).toBeUndefined();
      expect(result.raw).toBe(raw);
    });

    test('raw can be replaced like any property', () => {
      const result = parseDialerReply('add_user', LOGIN, 200, { secrets: ['s3cret'] });
      result.raw = 'replaced';
      expect(result.raw).toBe('replaced');
      expect({ ...result }.raw).toBe('replaced');
    });

    test('a long reply is masked whole, then cut, as before', () => {
      const long = `{"password":"s3cret","x":"${'y'.repeat(5000)}"}`;
      const raw = parseDialerReply('add_list', long, 200).raw ?? '';
      expect(raw.startsWith('{"password":"********"')).toBe(true);
      expect(raw).toMatch(/… \(\d+ more characters\)$/);
      expect(raw).not.toContain('s3cret');
    });
  });
});

test('every function name is accepted', () => {
  for (const fn of DIALER_FUNCTIONS) expect(parseDialerReply(fn, '', 200).ok).toBe(false);
});
