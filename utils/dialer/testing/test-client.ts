import { createDialerClient, type DialerClientConfig } from '../dialer-client';
import { fakeFetch, fakeSleep, type Script } from './fake-fetch';

/** A client on a scripted fetch and an instant sleep, with the seed's API user `api`/`1234`. */
export function testClient(script: Script, overrides: Partial<DialerClientConfig> = {}) {
  const fake = fakeFetch(script);
  const sleeper = fakeSleep();
  const client = createDialerClient({
    baseUrl: 'https://dialer.example.com',
    apiUser: 'api',
    apiPass: '1234',
    source: 'crm',
    fetch: fake.fetch,
    sleep: sleeper.sleep,
    random: () => 0.5,
    timeoutMs: 50,
    ...overrides,
  });
  return { client, requests: fake.requests, delays: sleeper.delays };
}

/** A lead with the seed's example values. */
export function lead(phone: string, extra: Record<string, string> = {}) {
  return { phone_number: phone, list_id: '1101', ...extra };
}
