import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { createDialerClient, type DialerClientConfig, type LeadInput } from '../index';

/**
 * The real simulator for a test file: started once, reset after each test, closed at the end.
 * The simulator stores what a real server would store (stripped characters, cut columns), so
 * "stored exactly as sent" proves the client's rules.
 */
export function simulatorForTests() {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
  });
  afterEach(() => sim?.reset());
  afterAll(() => sim?.close());

  const get = (): Simulator => {
    if (!sim) throw new Error('simulator not started');
    return sim;
  };
  return {
    get sim() {
      return get();
    },
    client(overrides: Partial<DialerClientConfig> = {}) {
      return createDialerClient({
        baseUrl: get().dialerOrigin,
        apiUser: 'api',
        apiPass: '1234',
        source: 'test',
        fetch: (input, init) => fetch(input, init),
        sleep: async () => {},
        random: () => 0.5,
        timeoutMs: 5000,
        ...overrides,
      });
    },
    log: () => get().dialer.requestLog,
    /** The leads the dialer holds with this phone number. */
    stored: (phone: string) => get().dialer.state.leads.filter((l) => l.phone_number === phone),
  };
}

export const simUser = (agent_user: string) => ({
  agent_user,
  agent_pass: 'Pass-1_x',
  agent_user_level: '1',
  agent_full_name: 'Jean-Paul O. Smith_2',
  agent_user_group: 'AGENTS',
  phone_login: '1001',
  phone_pass: 'test',
  voicemail_id: '8001',
  email: 'jp.smith@example.com',
});

export const simLeads = (n: number, list_id = '1101', start = 7275550000): LeadInput[] =>
  Array.from({ length: n }, (_, i) => ({
    phone_number: String(start + i),
    list_id,
    first_name: "Mary-Ann O'Neil",
    city: 'Ahmedabad',
    comments: `Row ${i}: café ☕`,
  }));
