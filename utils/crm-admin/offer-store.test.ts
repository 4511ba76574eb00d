import { describe, expect, it } from 'vitest';
import { createOfferStore, OFFER_MS, PENDING_MS } from './offer-store';

const tab = '7 http://crm.test';
const newUser = {
  entity: 'user' as const,
  isNew: true,
  user: {
    agent_user: 'jdoe',
    agent_pass: 'S3cret-pw',
    agent_user_level: '1',
    agent_full_name: 'Jane Doe',
    agent_user_group: 'AGENTS',
    active: 'Y',
  },
};

function store() {
  let time = 1_000;
  let ids = 0;
  const offers = createOfferStore({ now: () => time, newId: () => `offer-${++ids}` });
  return { offers, advance: (ms: number) => (time += ms) };
}

describe('CRM admin offers', () => {
  it('a submit becomes an offer only once the next page says it was saved', () => {
    const { offers } = store();
    offers.hold(tab, newUser);
    expect(offers.settle(tab, 'none').all).toEqual([]);
    const { added, all } = offers.settle(tab, 'saved');
    expect(added).toEqual([
      expect.objectContaining({
        offerId: 'offer-1',
        text: 'Create user jdoe in the dialer?',
        acceptLabel: 'Create',
        state: 'offered',
      }),
    ]);
    expect(all).toEqual(added);
  });

  it('a form sent back with errors drops the submit, password and all', () => {
    const { offers } = store();
    offers.hold(tab, newUser);
    expect(offers.settle(tab, 'refused')).toEqual({ added: [], all: [] });
    expect(offers.settle(tab, 'saved').added).toEqual([]);
    expect(offers.holds('S3cret-pw')).toBe(false);
  });

  it('the job input goes out once, with the password; the offer keeps no copy after', () => {
    const { offers } = store();
    offers.hold(tab, newUser);
    const [offer] = offers.settle(tab, 'saved').added;
    const taken = offers.take(tab, offer?.offerId ?? '');
    // add_user has no `active`: the add job gets only add_user's fields.
    expect(taken?.input).toEqual({
      kind: 'user-sync',
      title: 'CRM user jdoe',
      mode: 'add',
      users: [
        {
          agent_user: 'jdoe',
          agent_pass: 'S3cret-pw',
          agent_user_level: '1',
          agent_full_name: 'Jane Doe',
          agent_user_group: 'AGENTS',
        },
      ],
    });
    expect(offers.holds('S3cret-pw')).toBe(false);
    expect(offers.take(tab, offer?.offerId ?? '')).toBeNull();
    offers.started(offer?.offerId ?? '', 'job-1');
    expect(offers.settle(tab, 'none').all).toEqual([
      expect.objectContaining({ state: 'started', jobId: 'job-1' }),
    ]);
  });

  it('another tab or site sees nothing of it', () => {
    const { offers } = store();
    offers.hold(tab, newUser);
    const [offer] = offers.settle(tab, 'saved').added;
    expect(offers.settle('8 http://crm.test', 'none').all).toEqual([]);
    expect(offers.take('7 http://other.test', offer?.offerId ?? '')).toBeNull();
    expect(offers.dismiss('8 http://crm.test', offer?.offerId ?? '')).toBe(false);
  });

  it('forgets a submit the CRM never answered, and an offer nobody answered', () => {
    const { offers, advance } = store();
    offers.hold(tab, newUser);
    advance(PENDING_MS + 1);
    expect(offers.settle(tab, 'saved').added).toEqual([]);
    offers.hold(tab, newUser);
    offers.settle(tab, 'saved');
    advance(OFFER_MS + 1);
    expect(offers.settle(tab, 'none').all).toEqual([]);
    expect(offers.holds('S3cret-pw')).toBe(false);
  });

  it('an edited user is an update with every field, a list a list-create', () => {
    const { offers } = store();
    offers.hold(tab, { ...newUser, isNew: false });
    const [update] = offers.settle(tab, 'saved').added;
    expect(update).toMatchObject({
      text: 'Update user jdoe in the dialer?',
      acceptLabel: 'Update',
    });
    expect(offers.take(tab, update?.offerId ?? '')?.input).toMatchObject({
      mode: 'update',
      users: [newUser.user],
    });
    offers.hold(tab, {
      entity: 'list',
      list: { list_id: '4321', list_name: 'Spring leads', campaign_id: 'TESTCAMP' },
    });
    const [list] = offers.settle(tab, 'saved').added;
    expect(list?.text).toBe('Create list 4321 (Spring leads) in the dialer?');
  });
});
