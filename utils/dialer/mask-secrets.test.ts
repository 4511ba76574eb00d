import { describe, expect, test } from 'vitest';
import { MASK, maskSecrets, RAW_LIMIT, rawForDisplay } from './mask-secrets';

describe('maskSecrets', () => {
  test('the login error echoes the password: masked without knowing it', () => {
    expect(maskSecrets('ERROR: Login incorrect, please try again: |api|s3cr3t|BAD|')).toBe(
      `ERROR: Login incorrect, please try again: |api|${MASK}|BAD|`,
    );
    expect(
      maskSecrets('ERROR: Too many login attempts, try again in 15 minutes: |api|s3cr3t|LOCK|'),
    ).toContain(`|api|${MASK}|LOCK|`);
  });

  test("add_list's permission error puts the password in its JSON data", () => {
    expect(maskSecrets('{"data":{"user":"api","password":"12\\"34"}}')).toBe(
      `{"data":{"user":"api","password":"${MASK}"}}`,
    );
  });

  test("add_user's SUCCESS line echoes the new agent's password", () => {
    expect(
      maskSecrets('SUCCESS: add_user USER HAS BEEN ADDED - api|1000|9999|1|Testing Person|AGENTS'),
    ).toBe(`SUCCESS: add_user USER HAS BEEN ADDED - api|1000|${MASK}|1|Testing Person|AGENTS`);
  });

  test('pass parameters in URLs and form bodies', () => {
    expect(
      maskSecrets(
        'https://d/x.php?source=a&user=api&pass=1234&function=add_user&agent_pass=99&phone_pass=t',
      ),
    ).toBe(
      `https://d/x.php?source=a&user=api&pass=${MASK}&function=add_user&agent_pass=${MASK}&phone_pass=${MASK}`,
    );
    expect(maskSecrets('pass=1234&user=api')).toBe(`pass=${MASK}&user=api`);
  });

  test('known secret values standing alone, also encoded, never inside longer words', () => {
    expect(maskSecrets('a p@ss word p%40ss p@ssword', ['p@ss'])).toBe(
      `a ${MASK} word ${MASK} p@ssword`,
    );
    expect(maskSecrets('anything', [''])).toBe('anything');
  });

  test('rawForDisplay masks, then cuts long bodies', () => {
    const long = `pass=1234 ${'x'.repeat(RAW_LIMIT * 2)}`;
    const shown = rawForDisplay(long);
    expect(shown.startsWith(`pass=${MASK} `)).toBe(true);
    expect(shown.length).toBeLessThan(RAW_LIMIT + 50);
    expect(shown).toMatch(/more characters\)$/);
  });
});
