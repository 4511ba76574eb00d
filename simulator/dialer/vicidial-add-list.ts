import type { ApiFunctionContext } from './api-function';
import { type ApiReply, textReply } from './api-reply';
import { canModifyLists } from './auth';
import { storeField, stripField } from './sanitize';
import { findList } from './state';
import { LIST_NAME_SIZE } from './tables';

/**
 * Stock VICIdial's add_list: the same rules and the same lists as Elision's JSON add_list, but
 * the text replies of NON-AGENT_API.txt (VICIdial 2.14):
 *
 *   ERROR: add_list USER DOES NOT HAVE PERMISSION TO ADD LISTS - <apiuser>|0
 *   ERROR: add_list YOU MUST USE ALL REQUIRED FIELDS - <apiuser>|<list_id>|<list_name>|<campaign_id>
 *   ERROR: add_list CAMPAIGN DOES NOT EXIST - <apiuser>|<campaign_id>
 *   ERROR: add_list LIST ALREADY EXISTS - <apiuser>|<list_id>
 *   SUCCESS: add_list LIST HAS BEEN ADDED - <apiuser>|<list_id>|<campaign_id>
 *
 * The script filters its input before any check, so the replies echo the filtered values:
 * `list_id` keeps digits, `campaign_id` keeps `[-_0-9a-zA-Z]`, `list_name` keeps
 * `[- ._0-9a-zA-Z]` (`O'Brien list` is checked, echoed and stored as `OBrien list`). Required
 * sizes are the seed's: list id 2-14 digits, name 6-30 characters, campaign 2-8 characters.
 * `active` is `Y` only when exactly `Y` is sent; anything else stores the default `N`.
 * The optional fields (script, caller id, web forms, reset times, ...) are not emulated.
 */
export function addListText(ctx: ApiFunctionContext): ApiReply {
  const { state, params, apiUser, user } = ctx;
  const fail = (reason: string, data: string) =>
    textReply(`ERROR: add_list ${reason} - ${user}|${data}`);
  if (!canModifyLists(apiUser)) return fail('USER DOES NOT HAVE PERMISSION TO ADD LISTS', '0');

  const listId = stripField(params.get('list_id'), 'digits');
  const listName = stripField(params.get('list_name'), 'name');
  const campaignId = stripField(params.get('campaign_id'), 'id');
  const fieldsOk =
    listId.length >= 2 &&
    listId.length <= 14 &&
    listName.length >= 6 &&
    listName.length <= 30 &&
    campaignId.length >= 2 &&
    campaignId.length <= 8;
  if (!fieldsOk) {
    return fail('YOU MUST USE ALL REQUIRED FIELDS', `${listId}|${listName}|${campaignId}`);
  }
  if (!state.campaigns.some((c) => c.campaign_id === campaignId)) {
    return fail('CAMPAIGN DOES NOT EXIST', campaignId);
  }
  if (findList(state, listId)) return fail('LIST ALREADY EXISTS', listId);

  state.lists.push({
    list_id: listId,
    list_name: storeField(listName, 'name', LIST_NAME_SIZE),
    campaign_id: campaignId,
    active: params.get('active') === 'Y' ? 'Y' : 'N',
  });
  return textReply(`SUCCESS: add_list LIST HAS BEEN ADDED - ${user}|${listId}|${campaignId}`);
}
