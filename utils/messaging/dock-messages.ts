import type * as z from 'zod/mini';
import type { SenderKind } from './sender';

/** The docked widget's messages (one live dock per browser); declared by the docking work. */
export const dockMessages = {} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
