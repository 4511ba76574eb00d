import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CrmState } from './crm-state';
import type { DemoContact } from './demo-contacts';

/** What every CRM route needs; built once by the pages handler. */
export interface CrmContext {
  state: CrmState;
  contacts: readonly DemoContact[];
  origins: () => { dialer: string; crm: string };
}

/** A route answers and returns true, or returns false when the path is not its own. */
export type CrmRoute = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: CrmContext,
) => Promise<boolean>;
