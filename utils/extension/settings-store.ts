import { storage } from 'wxt/utils/storage';
import type { PublicSettings } from '../messaging/protocol';
import {
  parseStoredSettings,
  type SettingsProblem,
  validateSettingsPatch,
} from '../settings/parse-settings';
import { type Secrets, secretsSchema } from '../settings/secrets-schema';
import type { Settings } from '../settings/settings-schema';

// Versioned items: a future shape change adds a migration here instead of breaking old installs.
const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: {},
  version: 1,
});
// Only the background imports this module's secret functions; no message returns them.
const secretsItem = storage.defineItem<Record<string, unknown>>('local:secrets', {
  fallback: {},
  version: 1,
});

export async function loadSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
  return parseStoredSettings(await settingsItem.getValue());
}

export async function loadSecrets(): Promise<Secrets> {
  const parsed = secretsSchema.safeParse(await secretsItem.getValue());
  return parsed.success ? parsed.data : secretsSchema.parse({});
}

export async function loadPublicSettings(): Promise<PublicSettings> {
  const [{ settings, problems }, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
  return {
    settings,
    problems,
    secretsSet: { apiPass: secrets.apiPass !== '', agentPhonePass: secrets.agentPhonePass !== '' },
  };
}

/** Validates the whole change first; saves nothing unless every field passes. */
export async function saveSettings(
  patch: Record<string, unknown>,
  secretsPatch: Partial<Secrets> = {},
): Promise<{ ok: true } | { ok: false; problems: SettingsProblem[] }> {
  const checked = validateSettingsPatch(patch);
  const secrets = secretsSchema.safeParse({ ...(await loadSecrets()), ...secretsPatch });
  const problems = [
    ...(checked.ok ? [] : checked.problems),
    ...(secrets.success
      ? []
      : secrets.error.issues.map((issue) => ({
          field: String(issue.path[0] ?? 'secrets'),
          message: issue.message,
        }))),
  ];
  if (!checked.ok || !secrets.success) return { ok: false, problems };
  const { settings } = await loadSettings();
  await settingsItem.setValue({ ...settings, ...checked.patch });
  await secretsItem.setValue(secrets.data);
  return { ok: true };
}

export function watchSettings(onChange: () => void): () => void {
  return settingsItem.watch(onChange);
}
