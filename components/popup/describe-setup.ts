import type { PublicSettings } from '@/utils/messaging/protocol';

/** What the popup says about the configuration at a glance. */
export function describeSetup({ settings, secretsSet }: PublicSettings) {
  const missing: string[] = [];
  if (!settings.dialerUrl) missing.push('dialer URL');
  if (!settings.apiUser) missing.push('API user');
  if (!secretsSet.apiPass) missing.push('API password');
  if (!settings.widgetUrl) missing.push('widget URL');
  return {
    missing,
    dialerHost: settings.dialerUrl ? new URL(settings.dialerUrl).host : '',
    enabledSites: settings.sites.filter((site) => site.enabled).length,
  };
}
