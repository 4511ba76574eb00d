import type { LoginRule } from '../login-rule';
import { dynamics365 } from './dynamics-365';
import { espocrm } from './espocrm';
import { hubspot } from './hubspot';
import { odoo } from './odoo';
import { salesforce } from './salesforce';
import { suitecrm } from './suitecrm';
import { vtiger } from './vtiger';
import { zohoCrm } from './zoho-crm';

/**
 * The built-in CRM rules, one file each (the file name is the rule id). Hosted products are
 * matched by host first; self-hosted ones (SuiteCRM, vtiger, EspoCRM, Odoo) by page markers.
 * crm-rules.test.ts keeps this list, the files, the fixtures and the tests in step.
 */
export const CRM_RULES: readonly LoginRule[] = [
  salesforce,
  hubspot,
  zohoCrm,
  dynamics365,
  suitecrm,
  vtiger,
  espocrm,
  odoo,
];
