import type { ApiFunctionContext } from './api-function';
import { type ApiReply, textReply } from './api-reply';
import { canModifyLeads } from './auth';
import { storeField, stripField, truncateColumn } from './sanitize';
import { type DialerLead, type DialerState, findList } from './state';
import { emptyLead, LEAD_COLUMNS, type LeadColumn } from './tables';
import { leadGmtOffset } from './vicidial-clock';

/**
 * Stock VICIdial's add_lead: one lead per call, in VICIdial 2.14's order of checks and with its
 * text lines:
 *
 *   ERROR: add_lead USER DOES NOT HAVE PERMISSION TO ADD LEADS TO THE SYSTEM: |<apiuser>|0|
 *   ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - <phone>|<list_id>
 *   ERROR: add_lead INVALID PHONE NUMBER LENGTH - <phone>|<apiuser>
 *   ERROR: add_lead DUPLICATE PHONE NUMBER IN LIST - <phone>|<list_id>|<lead_id>
 *   ERROR: add_lead DUPLICATE PHONE NUMBER IN CAMPAIGN LISTS - <phone>|<list_id>|<lead_id>|<its list>
 *   ERROR: add_lead DUPLICATE PHONE NUMBER IN SYSTEM - <phone>|<list_id>|<lead_id>|<its list>
 *   SUCCESS: add_lead LEAD HAS BEEN ADDED - <phone>|<list_id>|<lead_id>|<gmt_offset>|<apiuser>
 *
 * What a client must know, all as the real script does:
 * - The permission line is the "colon, pipe" form, unlike add_list's ` - ` form.
 * - **The list is not checked** unless `list_exists_check=Y` is sent: a lead for a list that
 *   does not exist is added and answered SUCCESS. A list id of fewer than 3 digits (none
 *   sent, `1`, `12`) silently becomes list `999`.
 * - `phone_number` keeps only digits and `|`, then needs 6-16 characters; the country code is
 *   not split off. `phone_code` keeps digits and defaults to `1`; gender defaults to `U`,
 *   rank to `0`.
 * - No duplicate check unless `duplicate_check` asks: DUPLIST, DUPCAMP or DUPSYS (same phone
 *   number in the list, in the lists of the list's campaign, anywhere), optionally limited
 *   to recent leads with a suffix such as `DUPLIST30DAY`. Sending a lead twice without it
 *   adds it twice.
 * - The gmt offset comes from vicidial-clock.ts: `-5.00` in winter, `-4` in summer, empty for
 *   an unknown phone code.
 * - Other lead fields keep Unicode but lose `"`, `\`, `;`, `#` and control characters, then
 *   are cut to their column (sanitize.ts, tables.ts). Status is NEW.
 * Not emulated: DNC checks, hopper, callbacks, custom fields and their NOTICE lines.
 */
export function addLead(ctx: ApiFunctionContext): ApiReply {
  const { state, params, apiUser, user, now } = ctx;
  if (!canModifyLeads(apiUser)) {
    return textReply(
      `ERROR: add_lead USER DOES NOT HAVE PERMISSION TO ADD LEADS TO THE SYSTEM: |${user}|0|`,
    );
  }
  const phone = params.get('phone_number').replace(/[^|0-9]/g, '');
  let listId = stripField(params.get('list_id'), 'digits');
  if (/Y/i.test(params.get('list_exists_check')) && !findList(state, listId)) {
    return textReply(
      `ERROR: add_lead NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED - ${phone}|${listId}`,
    );
  }
  if (listId.length < 3) listId = '999';
  if (phone.length < 6 || phone.length > 16) {
    return textReply(`ERROR: add_lead INVALID PHONE NUMBER LENGTH - ${phone}|${user}`);
  }
  const duplicate = findDuplicate(state, params.get('duplicate_check'), phone, listId, now);
  if (duplicate) return textReply(duplicate);

  const lead: DialerLead = {
    ...emptyLead(),
    lead_id: state.nextLeadId++,
    list_id: listId,
    status: 'NEW',
    entry_date: new Date(now).toISOString(),
    user,
  };
  for (const column of Object.keys(LEAD_COLUMNS) as LeadColumn[]) {
    lead[column] = storeField(params.get(column), 'leadText', LEAD_COLUMNS[column]);
  }
  lead.phone_number = truncateColumn(phone, LEAD_COLUMNS.phone_number);
  lead.phone_code = storeField(params.get('phone_code'), 'digits', LEAD_COLUMNS.phone_code) || '1';
  lead.gender ||= 'U';
  lead.rank ||= '0';
  state.leads.push(lead);
  const gmt = leadGmtOffset(lead.phone_code, now);
  return textReply(
    `SUCCESS: add_lead LEAD HAS BEEN ADDED - ${phone}|${listId}|${lead.lead_id}|${gmt}|${user}`,
  );
}

const DAY_WINDOWS = new Set([1, 2, 3, 7, 14, 15, 21, 28, 30, 60, 90, 180, 360]);

/** The error line for the first duplicate `duplicate_check` asks about, or null. */
function findDuplicate(
  state: DialerState,
  check: string,
  phone: string,
  listId: string,
  now: number,
): string | null {
  const days = Number(/(\d+)DAY/i.exec(check)?.[1]);
  const since = DAY_WINDOWS.has(days) ? now - days * 86_400_000 : null;
  const earlier = (lists: (list: string) => boolean) =>
    state.leads.find(
      (lead) =>
        lead.phone_number === phone &&
        lists(lead.list_id) &&
        (since === null || Date.parse(lead.entry_date) > since),
    );
  const reason = 'ERROR: add_lead DUPLICATE PHONE NUMBER';

  if (/DUPLIST/i.test(check)) {
    const found = earlier((list) => list === listId);
    if (found) return `${reason} IN LIST - ${phone}|${listId}|${found.lead_id}`;
  }
  if (/DUPCAMP/i.test(check)) {
    const campaign = findList(state, listId)?.campaign_id;
    const inCampaign = (list: string) =>
      campaign !== undefined && findList(state, list)?.campaign_id === campaign;
    const found = earlier(inCampaign);
    if (found) {
      return `${reason} IN CAMPAIGN LISTS - ${phone}|${listId}|${found.lead_id}|${found.list_id}`;
    }
  }
  if (/DUPSYS/i.test(check)) {
    const found = earlier(() => true);
    if (found) return `${reason} IN SYSTEM - ${phone}|${listId}|${found.lead_id}|${found.list_id}`;
  }
  return null;
}
