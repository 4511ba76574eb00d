/**
 * Time zones as stock VICIdial prints them. Offsets are stored as text with two decimals
 * (`servers.local_gmt`, `vicidial_phone_codes.GMT_offset`: `-5.00`); during daylight saving
 * time PHP adds 1 to that text, which turns it into a plain number (`-4`). So the same field
 * reads `-5.00` in winter and `-4` in summer, and a client must not expect one shape.
 */

interface Zone {
  /** Standard-time offset as the table stores it. */
  standardGmt: string;
  /** An IANA zone with the same rules, to tell whether DST is in effect. */
  iana: string;
}

/** The simulated dialer: a US server (local_gmt -5.00) on New York time. */
const SERVER_ZONE: Zone = { standardGmt: '-5.00', iana: 'America/New_York' };

/**
 * One zone per country calling code, standing in for VICIdial's per-area-code table (the real
 * server gives a Californian number -8.00; the simulator gives every `1` number New York's).
 */
const COUNTRY_ZONES: Readonly<Record<string, Zone>> = {
  '1': SERVER_ZONE,
  '44': { standardGmt: '0.00', iana: 'Europe/London' },
  '33': { standardGmt: '1.00', iana: 'Europe/Paris' },
  '49': { standardGmt: '1.00', iana: 'Europe/Berlin' },
  '52': { standardGmt: '-6.00', iana: 'America/Mexico_City' },
  '55': { standardGmt: '-3.00', iana: 'America/Sao_Paulo' },
  '61': { standardGmt: '10.00', iana: 'Australia/Sydney' },
  '91': { standardGmt: '5.50', iana: 'Asia/Kolkata' },
};

export interface ServerClock {
  /** `Y-m-d H:i:s` in the server's zone, as PHP's date() prints it. */
  localTime: string;
  dst: boolean;
  standardGmt: string;
  /** The offset now: the stored text, or a plain number during DST. */
  gmtNow: string;
}

export function serverClock(now: number): ServerClock {
  const dst = isDst(SERVER_ZONE.iana, now);
  return {
    localTime: localTime(SERVER_ZONE.iana, now),
    dst,
    standardGmt: SERVER_ZONE.standardGmt,
    gmtNow: gmtNow(SERVER_ZONE, dst),
  };
}

/**
 * The `gmt_offset_now` add_lead reports for a phone code. A code missing from the table gets
 * nothing at all, as when VICIdial's lookup finds no row (the SUCCESS line then has `||`).
 */
export function leadGmtOffset(phoneCode: string, now: number): string {
  const zone = COUNTRY_ZONES[phoneCode];
  if (!zone) return '';
  return gmtNow(zone, isDst(zone.iana, now));
}

function gmtNow(zone: Zone, dst: boolean): string {
  return dst ? String(Number(zone.standardGmt) + 1) : zone.standardGmt;
}

function fields(iana: string, at: number): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: iana,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const out: Record<string, number> = {};
  for (const part of parts) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

/** Minutes east of UTC in `iana` at `at`. */
function offsetMinutes(iana: string, at: number): number {
  const f = fields(iana, at);
  const asUtc = Date.UTC(
    f.year ?? 1970,
    (f.month ?? 1) - 1,
    f.day ?? 1,
    f.hour ?? 0,
    f.minute ?? 0,
    f.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

function isDst(iana: string, at: number): boolean {
  const year = new Date(at).getUTCFullYear();
  const january = offsetMinutes(iana, Date.UTC(year, 0, 1));
  const july = offsetMinutes(iana, Date.UTC(year, 6, 1));
  return offsetMinutes(iana, at) > Math.min(january, july);
}

function localTime(iana: string, at: number): string {
  const f = fields(iana, at);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${f.year}-${two(f.month)}-${two(f.day)} ${two(f.hour)}:${two(f.minute)}:${two(f.second)}`;
}
