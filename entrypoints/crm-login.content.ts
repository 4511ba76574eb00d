import { runCrmLogin } from '@/utils/extension/crm-login';

// Started by the background in each frame whose call-button script (crm.content.ts) said
// hello, on the enabled CRM sites only (startLoginScript in crm-script-registration.ts).
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) =>
    runCrmLogin({
      signal: ctx.signal,
      get isInvalid() {
        return ctx.isInvalid;
      },
    }),
});
