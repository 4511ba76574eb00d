import type { ApiFunctionContext } from './api-function';
import { type ApiReply, jsonReply } from './api-reply';
import { storeField, stripField } from './sanitize';
import { type DialerLead, findList } from './state';
import { emptyLead, LEAD_COLUMNS, type LeadColumn } from './tables';

/**
 * add_multi_lead: a JSON array of leads in `multi_leads`, answered with a per-lead map
 * `{"lead 1":{...},"lead 2":{...}}` in input order.
 *
 * Where the seed is silent:
 * - `multi_leads` missing, empty, not JSON, or an empty array/object gets the seed's JSON array
 *   error, whose last element echoes `multi_leads` as sent. A JSON object is read as PHP reads a
 *   decoded assoc array: its values are the leads.
 * - Per lead, as real servers do: the phone number loses every non-digit, then needs 6-16
 *   digits ("Invalid phone number", data = the digits). The country code is not split off.
 * - A lead without phone_number or list_id: "Please send phone number and list id"; a list id
 *   that does not exist: "<list_id> list does not exist". Data is the phone's digits in both.
 * - Numbers are accepted for any field (the seed sends phone_number and postal_code as numbers);
 *   true becomes "1", false/null/objects become "" as PHP would cast them.
 * - No duplicate check (stock add_lead's default): sending a lead twice adds it twice.
 * - Text fields lose `"`, `\`, `;`, `#` and control characters, then are cut to their
 *   `vicidial_list` column size (tables.ts). phone_code defaults to 1. Status is NEW.
 * - SUCCESS data is `<phone>| <list_id>|<lead_id>||NEW|`, keeping the seed's space and its
 *   empty fourth field; the message is "Record(s) Created" (the seed's line break is the PDF's).
 */

type LeadResult = { success: boolean; message: string; data: string };

export function addMultiLead(ctx: ApiFunctionContext): ApiReply {
  const raw = ctx.params.get('multi_leads');
  const leads = parseLeads(raw);
  if (!leads || leads.length === 0) {
    return jsonReply(['ERROR', 'add_multi_lead YOU MUST USE ALL REQUIRED FIELDS', ctx.user, raw]);
  }
  const results: Record<string, LeadResult> = {};
  leads.forEach((lead, index) => {
    results[`lead ${index + 1}`] = addOneLead(ctx, lead);
  });
  return jsonReply(results);
}

function parseLeads(raw: string): unknown[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (Array.isArray(parsed)) return parsed;
  if (isRecord(parsed)) return Object.values(parsed);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** PHP's string cast of a decoded JSON value. */
function phpString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === true) return '1';
  return '';
}

function addOneLead(ctx: ApiFunctionContext, lead: unknown): LeadResult {
  const fields = isRecord(lead) ? lead : {};
  const phoneSent = phpString(fields.phone_number);
  const phone = stripField(phoneSent, 'digits');
  const listId = stripField(phpString(fields.list_id), 'digits');
  const fail = (message: string): LeadResult => ({ success: false, message, data: phone });
  if (phoneSent === '' || listId === '') return fail('Please send phone number and list id');
  if (phone.length < 6 || phone.length > 16) return fail('Invalid phone number');
  if (!findList(ctx.state, listId)) return fail(`${listId} list does not exist`);

  const leadId = ctx.state.nextLeadId++;
  const stored: DialerLead = {
    ...emptyLead(),
    lead_id: leadId,
    list_id: listId,
    status: 'NEW',
    entry_date: new Date(ctx.now).toISOString(),
    user: ctx.user,
  };
  for (const column of Object.keys(LEAD_COLUMNS) as LeadColumn[]) {
    stored[column] = storeField(phpString(fields[column]), 'leadText', LEAD_COLUMNS[column]);
  }
  stored.phone_number = phone;
  if (stored.phone_code === '') stored.phone_code = '1';
  ctx.state.leads.push(stored);
  return {
    success: true,
    message: 'Record(s) Created',
    data: `${phone}| ${listId}|${leadId}||NEW|`,
  };
}
