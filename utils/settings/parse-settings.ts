import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsField,
  settingsShape,
} from './settings-schema';

export interface SettingsProblem {
  field: string;
  message: string;
}

/**
 * Reads a stored settings object that may be old, partial or damaged. Each field that no
 * longer parses falls back to its default on its own, and is reported: one bad value never
 * throws away the rest of a user's configuration.
 */
export function parseStoredSettings(raw: unknown): {
  settings: Settings;
  problems: SettingsProblem[];
} {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  if (raw !== undefined && raw !== null && typeof raw !== 'object') {
    problems.push({
      field: 'settings',
      message: 'Stored settings were not an object; defaults used',
    });
  }
  for (const field of Object.keys(settingsShape) as SettingsField[]) {
    if (!(field in source)) continue;
    const result = settingsShape[field].safeParse(source[field]);
    if (result.success) settings[field] = result.data;
    else
      problems.push({
        field,
        message: `${result.error.issues[0]?.message ?? 'Invalid value'}; the default was used`,
      });
  }
  return { settings: settings as Settings, problems };
}

/**
 * Validates a change a user asked for. Nothing is silently fixed: every bad field comes back
 * with the rule it broke, and then nothing is saved.
 */
export function validateSettingsPatch(
  patch: Record<string, unknown>,
): { ok: true; patch: Partial<Settings> } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (!(field in settingsShape)) {
      problems.push({ field, message: `${field} is not a setting` });
      continue;
    }
    const result = settingsShape[field as SettingsField].safeParse(value);
    if (result.success) clean[field] = result.data;
    else
      problems.push({ field, message: result.error.issues[0]?.message ?? `${field} is invalid` });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, patch: clean as Partial<Settings> };
}
