import { mountCallButtonPool } from '@/utils/page/call-button-pool';

// Registered for document_start beside the call-button script, on the enabled CRM sites only
// (utils/extension/crm-script-registration.ts). An unlisted script, not a WXT content script:
// it runs before the page is parsed, so it carries nothing but the pool (about 2 KB).
export default defineUnlistedScript(() => mountCallButtonPool(document));
