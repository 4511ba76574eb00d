import { z } from 'zod';

/**
 * One message as the simulated widget received it. `data` is exactly what arrived, password
 * included: this is a test tool, and tests must check the very payload the extension sent.
 */
export interface WidgetLogEntry {
  /** When the page received it (ISO 8601, the browser's clock). */
  time: string;
  /** `event.origin` of the message. */
  origin: string;
  data: unknown;
  /** Whether the widget acted on it (a seed message, from an allowed sender). */
  accepted: boolean;
  /** Why it was ignored; null when accepted. */
  reason: string | null;
  /** `widget`: the stand-alone widget page; `framed`: the dialer page that frames the CRM. */
  page: 'widget' | 'framed';
}

const entrySchema = z.object({
  time: z.string().max(64),
  origin: z.string().max(2048),
  data: z.unknown(),
  accepted: z.boolean(),
  reason: z.string().max(500).nullable(),
  page: z.enum(['widget', 'framed']),
});

/** Parses what the widget page posts to /widget/log; null when it is not a log entry. */
export function parseWidgetLogEntry(body: string): WidgetLogEntry | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = entrySchema.safeParse(json);
  return parsed.success ? { ...parsed.data, data: parsed.data.data } : null;
}
