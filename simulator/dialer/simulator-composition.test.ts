import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../server';
import { apiQuery } from './test-server';

/** The dialer handler as server.ts composes it: same answers on the simulator's dialer origin. */
describe('the dialer inside the composed simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.close());

  it('answers the API on the dialer origin and resets with the simulator', async () => {
    const res = await fetch(
      `${sim.dialerOrigin}/dialer/elision_api.php?${apiQuery({ function: 'active_lists' })}`,
    );
    expect(await res.text()).toMatch(/^\{"success":true,"message":"lists are listed successfully"/);
    expect(sim.dialer.requestLog).toHaveLength(1);
    sim.reset();
    expect(sim.dialer.requestLog).toHaveLength(0);
  });

  it('answers stock VICIdial on the dialer origin, over the same state and log', async () => {
    const query = apiQuery({ function: 'add_lead', phone_number: '4155550134', list_id: '1101' });
    const res = await fetch(`${sim.dialerOrigin}/vicidial/non_agent_api.php?${query}`);
    expect(await res.text()).toMatch(/^SUCCESS: add_lead LEAD HAS BEEN ADDED - 4155550134\|1101\|/);
    expect(sim.dialer.requestLog.at(-1)?.backend).toBe('vicidial');
    expect(sim.dialer.state.leads.at(-1)?.phone_number).toBe('4155550134');
    sim.reset();
  });

  it('serves the control endpoints', async () => {
    const res = await fetch(`${sim.dialerOrigin}/__sim/dialer/faults`);
    expect((await res.json()).maxRequestLine).toBe(8190);
  });
});
