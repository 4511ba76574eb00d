import { describe, expect, test } from 'vitest';
import { checkActive, checkText, FIELD_RULES } from './field-rules';
import {
  addListSchema,
  addUserSchema,
  BLANK,
  updateUserSchema,
  upsertUserSchema,
  validateRequest,
} from './request-schemas';

const validUser = {
  agent_user: '1000',
  agent_pass: '9999',
  agent_user_level: '1',
  agent_full_name: 'Testing Person',
  agent_user_group: 'AGENTS',
};

function addUserProblems(changes: Record<string, unknown>) {
  const result = validateRequest(addUserSchema, { ...validUser, ...changes }, 'This user');
  return result.ok ? [] : (result.issues ?? []);
}

/** [field, min, max, a character that repeats into a valid value] per the seed's rules. */
const LENGTH_RULES: Array<[keyof typeof FIELD_RULES, number, number, string]> = [
  ['source', 2, 20, 'a'],
  ['agent_user', 2, 20, 'a'],
  ['agent_pass', 1, 20, 'a'],
  ['agent_full_name', 1, 50, 'a'],
  ['agent_user_group', 1, 20, 'A'],
  ['phone_login', 1, 20, 'a'],
  ['phone_pass', 1, 20, 'a'],
  ['voicemail_id', 1, 10, '1'],
  ['email', 1, 100, 'a'],
  ['list_id', 2, 14, '1'],
  ['list_name', 6, 30, 'a'],
  ['campaign_id', 2, 8, 'A'],
];

describe('field rules at their boundaries', () => {
  test.each(LENGTH_RULES)(
    '%s accepts %i to %i characters and nothing outside',
    (field, min, max, ch) => {
      const rule = FIELD_RULES[field];
      expect(checkText(field, rule, ch.repeat(min))).toEqual([]);
      expect(checkText(field, rule, ch.repeat(max))).toEqual([]);
      const short = checkText(field, rule, ch.repeat(min - 1));
      const long = checkText(field, rule, ch.repeat(max + 1));
      expect(short[0]).toMatch(new RegExp(`^${field}: must be ${min}-${max} (characters|digits)`));
      expect(long[0]).toMatch(
        new RegExp(
          `^${field}: must be ${min}-${max} (characters|digits) \\(this one has ${max + 1}\\)`,
        ),
      );
    },
  );

  test('counts characters, not UTF-16 units, like the dialer column does', () => {
    expect(checkText('x', { min: 1, max: 2 }, '😀😀')).toEqual([]);
    expect(checkText('x', { min: 1, max: 2 }, '😀😀😀')).toHaveLength(1);
  });

  test.each(['1', '5', '9'])('agent_user_level %s is one digit 1-9', (level) => {
    expect(checkText('agent_user_level', FIELD_RULES.agent_user_level, level)).toEqual([]);
  });

  test.each(['0', '10', '15', 'a', '', ' 1', '1.0'])('agent_user_level %j is refused', (level) => {
    expect(checkText('agent_user_level', FIELD_RULES.agent_user_level, level)).toEqual([
      'agent_user_level: must be one digit from 1 to 9.',
    ]);
  });

  test('active takes an uppercase Y or N only, and says why a lowercase one is refused', () => {
    expect(checkActive('Y')).toEqual([]);
    expect(checkActive('N')).toEqual([]);
    expect(checkActive('y')[0]).toMatch(
      /uppercase Y or N; the dialer ignores a lowercase "y", so send "Y"/,
    );
    expect(checkActive('n')[0]).toMatch(/send "N"/);
    expect(checkActive('yes')).toEqual(['active: must be Y or N.']);
    expect(checkActive('')).toEqual(['active: must be Y or N.']);
  });
});

describe('characters the dialer would strip are refused, never removed', () => {
  test("the observed mangling: O'Brien, José & Co", () => {
    const [message] = checkText(
      'agent_full_name',
      FIELD_RULES.agent_full_name,
      "O'Brien, José & Co",
    );
    expect(message).toBe(
      `agent_full_name: only letters A-Z, digits, spaces, - . and _ are kept by the dialer; remove "'", ",", "é", "&".`,
    );
  });

  test.each([
    ['agent_user', 'john doe', 'spaces'],
    ['agent_user', 'jöhn', '"ö"'],
    ['agent_pass', 'p@ss!', '"@", "!"'],
    ['agent_user_group', 'AGENTS;', '";"'],
    ['phone_login', '100/1', '"/"'],
    ['voicemail_id', '12a', '"a"'],
    ['email', 'a+b@example.com', '"+"'],
    ['email', "o'neil@example.com", `"'"`],
    ['list_id', '11-01', '"-"'],
    ['list_name', 'Leads & more', '"&"'],
    ['campaign_id', 'TEST.1', '"."'],
    ['source', 'my-crm', '"-"'],
  ] as const)('%s %j names what to remove', (field, value, shown) => {
    const messages = checkText(field, FIELD_RULES[field], value);
    expect(messages.join(' ')).toContain(`${field}: only`);
    expect(messages.join(' ')).toContain(`remove ${shown}.`);
  });

  test('a control character is named by its code point', () => {
    const [message] = checkText('agent_full_name', FIELD_RULES.agent_full_name, 'a\tb');
    expect(message).toContain('the control character U+0009');
  });
});

describe('request schemas', () => {
  test('the seed example user passes add_user', () => {
    expect(validateRequest(addUserSchema, validUser, 'This user')).toEqual({
      ok: true,
      value: validUser,
    });
  });

  test('a 25-character user id is refused instead of being cut to 20 after a SUCCESS', () => {
    const issues = addUserProblems({ agent_user: 'a'.repeat(25) });
    expect(issues).toEqual([
      { field: 'agent_user', message: 'agent_user: must be 2-20 characters (this one has 25).' },
    ]);
  });

  test('a user level of 15 is refused (the dialer accepts it and the user can then not be updated)', () => {
    expect(addUserProblems({ agent_user_level: '15' })[0]?.field).toBe('agent_user_level');
  });

  test.each([
    'agent_user',
    'agent_pass',
    'agent_user_level',
    'agent_full_name',
    'agent_user_group',
  ])('add_user requires %s', (field) => {
    const { [field]: _, ...rest } = validUser as Record<string, string>;
    const result = validateRequest(addUserSchema, rest, 'This user');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ field, message: `${field}: required.` }]);
  });

  test('every problem is reported at once, each naming its field', () => {
    const result = validateRequest(
      addUserSchema,
      {
        agent_user: 'x',
        agent_pass: '',
        agent_user_level: '0',
        agent_full_name: 'Ann & Bob',
        agent_user_group: 'AGENTS',
      },
      'This user',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('invalid');
    expect(result.field).toBe('agent_user');
    expect(result.issues?.map((i) => i.field)).toEqual([
      'agent_user',
      'agent_pass',
      'agent_user_level',
      'agent_full_name',
    ]);
    expect(result.message).toMatch(
      /^This user has 4 problems, nothing was sent: agent_user: must be 2-20/,
    );
    expect(result.retryable).toBe(false);
    expect(result.maybeApplied).toBe(false);
  });

  test('a value that is not text is refused with its field', () => {
    expect(addUserProblems({ agent_user_level: 1 })).toEqual([
      { field: 'agent_user_level', message: 'agent_user_level: must be text.' },
    ]);
  });

  test('a field the dialer does not know is refused (it would be dropped silently)', () => {
    expect(addUserProblems({ nickname: 'Bob' })).toEqual([
      {
        field: 'nickname',
        message: 'nickname: not a field of add_user; the dialer would ignore it.',
      },
    ]);
  });

  test('optional add_user fields follow their rules when given', () => {
    expect(
      addUserProblems({
        phone_login: '1000',
        phone_pass: 'test',
        voicemail_id: '8000',
        email: 'a@b.co',
      }),
    ).toEqual([]);
    expect(addUserProblems({ voicemail_id: '12345678901' })[0]?.message).toContain('1-10 digits');
    expect(addUserProblems({ email: '' })[0]?.message).toBe(
      'email: must be 1-100 characters (it is empty).',
    );
  });

  test('update_user needs only agent_user, and takes active and --BLANK--', () => {
    const ok = (input: unknown) => validateRequest(updateUserSchema, input, 'x').ok;
    expect(ok({ agent_user: '1000' })).toBe(true);
    expect(
      ok({
        agent_user: '1000',
        active: 'N',
        email: BLANK,
        phone_login: BLANK,
        voicemail_id: BLANK,
      }),
    ).toBe(true);
    expect(ok({ agent_user: '1000', active: 'y' })).toBe(false);
    expect(ok({ agent_user: '1000', agent_user_level: BLANK })).toBe(false);
    expect(ok({ agent_pass: '1' })).toBe(false);
  });

  test('upsertUser takes add_user fields plus active', () => {
    expect(validateRequest(upsertUserSchema, { ...validUser, active: 'N' }, 'x').ok).toBe(true);
  });

  test('add_list: the seed example passes, each rule is enforced', () => {
    const list = { list_id: '1101', list_name: 'Test API list', campaign_id: 'TESTCAMP' };
    expect(validateRequest(addListSchema, list, 'x').ok).toBe(true);
    expect(validateRequest(addListSchema, { ...list, active: 'Y' }, 'x').ok).toBe(true);
    const problems = (changes: object) => {
      const result = validateRequest(addListSchema, { ...list, ...changes }, 'x');
      return result.ok ? [] : (result.issues?.map((i) => i.field) ?? []);
    };
    expect(problems({ list_id: '1' })).toEqual(['list_id']);
    expect(problems({ list_id: '123456789012345' })).toEqual(['list_id']);
    expect(problems({ list_name: 'short' })).toEqual(['list_name']);
    expect(problems({ campaign_id: 'TESTCAMP1' })).toEqual(['campaign_id']);
    expect(problems({ active: 'n' })).toEqual(['active']);
  });
});
