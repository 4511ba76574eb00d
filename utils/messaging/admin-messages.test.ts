import { describe, expect, it } from 'vitest';
import { adminMessages } from './admin-messages';

const saved = adminMessages['crm-admin/saved'].request;

describe('crm-admin/saved at the boundary', () => {
  it('takes the seed’s user and list fields', () => {
    expect(
      saved.safeParse({
        entity: 'user',
        user: { agent_user: 'jdoe', agent_pass: 'pw', agent_full_name: 'Jane Doe' },
        isNew: true,
      }).success,
    ).toBe(true);
    expect(
      saved.safeParse({ entity: 'list', list: { list_id: '4321', list_name: 'Spring leads' } })
        .success,
    ).toBe(true);
  });

  it('refuses fields the seed does not have, and absurdly long values', () => {
    expect(
      saved.safeParse({ entity: 'user', user: { agent_user: 'jdoe', is_admin: '1' }, isNew: true })
        .success,
    ).toBe(false);
    expect(saved.safeParse({ entity: 'list', list: { list_id: '1', owner: 'x' } }).success).toBe(
      false,
    );
    expect(
      saved.safeParse({ entity: 'user', user: { agent_user: 'x'.repeat(256) }, isNew: true })
        .success,
    ).toBe(false);
  });
});
