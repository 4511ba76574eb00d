import fc from 'fast-check';
import { expect, test } from 'vitest';
import { simulatorForTests } from './testing/simulator-for-tests';

/**
 * Any request the client accepts is stored by the dialer exactly as sent: the client's rules
 * leave nothing for the server to strip or cut. Run against the simulator, which stores what a
 * real server stores.
 */

const env = simulatorForTests();
const dialer = () => env.client({ source: 'prop' });

const from = (chars: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ID = `${ALNUM}-_`;
const SEEDED = new Set(['api', 'api8', 'apinomod', 'apiro', 'apilimited', '1000']);

const userArb = fc.record({
  agent_user: from(ID, 2, 20).filter((u) => !SEEDED.has(u)),
  agent_pass: from(ID, 1, 20),
  agent_user_level: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9'),
  agent_full_name: from(`${ALNUM}- ._`, 1, 50),
  agent_user_group: fc.constantFrom('ADMIN', 'AGENTS', 'SUPERVISORS'),
  email: from(`${ALNUM}-_.@`, 1, 100),
});

test('any valid user round-trips through the dialer unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(userArb, async (user) => {
      env.sim.reset();
      const result = await dialer().addUser(user);
      expect(result.ok).toBe(true);
      expect(env.sim.dialer.state.users.find((u) => u.user === user.agent_user)).toMatchObject({
        pass: user.agent_pass,
        full_name: user.agent_full_name,
        user_level: Number(user.agent_user_level),
        user_group: user.agent_user_group,
        email: user.email,
      });
    }),
    { numRuns: 25 },
  );
});

const freeText = fc
  .string({ unit: 'grapheme', maxLength: 80 })
  .filter((s) => !/[;#"\\+\p{Cc}]/u.test(s));

const leadArb = fc.record({
  phone_number: fc.stringMatching(/^\d{6,16}$/),
  list_id: fc.constantFrom('1101', '2018', '6547'),
  first_name: from(`${ALNUM}- '_.`, 0, 30),
  address1: from(`${ALNUM}- '.:/@_`, 0, 100),
  comments: freeText.filter((s) => [...s].length <= 255),
});

test('any valid lead round-trips through add_multi_lead unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(leadArb, { minLength: 1, maxLength: 30 }), async (leads) => {
      env.sim.reset();
      const before = env.sim.dialer.state.leads.length;
      const result = await dialer().addMultiLead(leads);
      expect(result.created).toBe(leads.length);
      const added = env.sim.dialer.state.leads.slice(before);
      expect(
        added.map(({ phone_number, list_id, first_name, address1, comments }) => ({
          phone_number,
          list_id,
          first_name,
          address1,
          comments,
        })),
      ).toEqual(leads);
    }),
    { numRuns: 25 },
  );
});
