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

  it('serves the control endpoints', async () => {
    const res = await fetch(`${sim.dialerOrigin}/__sim/dialer/faults`);
    expect((await res.json()).maxRequestLine).toBe(8190);
  });
});
