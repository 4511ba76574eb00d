import { runCrmLogin } from '@/utils/extension/crm-login';

// Registered at run time together with crm.content.ts, for the enabled CRM sites only.
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
