import type { dockMessages } from '../messaging/dock-messages';
import type { Handlers } from '../messaging/router';

type DockHandlers = Pick<Handlers, keyof typeof dockMessages>;

/** The docked widget's handlers (one live dock per browser). */
export const dockHandlers: DockHandlers = {};
