import { runDockContent } from '@/utils/extension/dock-content';

// Registered at run time by the background, only in docked mode and only in the top page of
// the CRM sites the user enabled (see utils/extension/crm-script-registration.ts).
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) =>
    runDockContent({
      signal: ctx.signal,
      get isInvalid() {
        return ctx.isInvalid;
      },
    }),
});
