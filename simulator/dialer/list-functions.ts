import type { ApiFunctionContext } from './api-function';
import { type ApiReply, jsonReply } from './api-reply';
import { canModifyLists } from './auth';
import { storeField, stripField } from './sanitize';
import { findList } from './state';
import { LIST_NAME_SIZE } from './tables';

/**
 * Elision's JSON list functions, shaped exactly as the seed shows them.
 *
 * Where the seed is silent:
 * - `list_id` loses every non-digit before anything else (VICIdial strips it on input), so
 *   `list_id=abc` is echoed as `""`; the other fields are echoed as sent.
 * - Any field outside the seed's rules (list id 2-14 digits, name 6-30 characters, campaign
 *   2-8 characters) gets the "Please send ..." reply. Campaign ids match exactly (case matters).
 * - `active` keeps only `Y`/`N` characters; anything but exactly `Y` stores the default `N`.
 * - The list name is stored with characters outside `[- ._0-9a-zA-Z]` removed.
 * - active_lists with no active list answers success with an empty array.
 */

export function addList(ctx: ApiFunctionContext): ApiReply {
  const { state, params, apiUser, user, pass } = ctx;
  if (!canModifyLists(apiUser)) {
    return jsonReply({
      success: false,
      message: `${user} User does not have permission to add list in the system`,
      data: { user, password: pass },
    });
  }
  const data = {
    list_id: stripField(params.get('list_id'), 'digits'),
    list_name: params.get('list_name'),
    campaign_id: params.get('campaign_id'),
  };
  const fail = (message: string) => jsonReply({ success: false, message, data });
  const { list_id, list_name, campaign_id } = data;
  const fieldsOk =
    list_id.length >= 2 &&
    list_id.length <= 14 &&
    list_name.length >= 6 &&
    list_name.length <= 30 &&
    campaign_id.length >= 2 &&
    campaign_id.length <= 8;
  if (!fieldsOk) return fail('Please send list id , campaign id and list name');
  if (!state.campaigns.some((c) => c.campaign_id === campaign_id)) {
    return fail(`${campaign_id} campaign does not exist`);
  }
  if (findList(state, list_id)) return fail(`${list_id} list already exist`);

  state.lists.push({
    list_id,
    list_name: storeField(list_name, 'name', LIST_NAME_SIZE),
    campaign_id,
    active: stripField(params.get('active'), 'yesNo') === 'Y' ? 'Y' : 'N',
  });
  return jsonReply({ success: true, message: `${list_id} list created`, data });
}

/** Every active list as `<campaign_id>-<list_id>-<list_name>`, in the order they were added. */
export function activeLists(ctx: ApiFunctionContext): ApiReply {
  const data = ctx.state.lists
    .filter((list) => list.active === 'Y')
    .map((list) => `${list.campaign_id}-${list.list_id}-${list.list_name}`);
  return jsonReply({ success: true, message: 'lists are listed successfully', data });
}
