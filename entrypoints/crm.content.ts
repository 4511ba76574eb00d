import { runCrmContent } from '@/utils/extension/crm-content';

// Registered at run time by the background, only for the CRM sites the user enabled
// (see utils/extension/crm-script-registration.ts); the manifest matches nothing.
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) =>
    runCrmContent({
      signal: ctx.signal,
      get isInvalid() {
        return ctx.isInvalid;
      },
    }),
});
