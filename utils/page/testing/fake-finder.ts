import type { PhoneContext, PhoneMatch } from '../phone-match';

const NUMBER = /\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/g;

function toMatch(raw: string, start: number): PhoneMatch {
  const digits = raw.replace(/\D/g, '');
  const national = digits.length === 11 ? digits.slice(1) : digits;
  return {
    start,
    end: start + raw.length,
    raw,
    e164: `+1${national}`,
    countryCallingCode: '1',
    nationalNumber: national,
  };
}

/**
 * A stand-in for utils/phone: ten-digit North American numbers, suppressed under an "Order"
 * label or header so tests can see the context arrive. Records every call.
 */
export function fakeFinder() {
  const calls: { text: string; context: PhoneContext }[] = [];
  return {
    calls,
    find(text: string, context: PhoneContext): PhoneMatch[] {
      calls.push({ text, context });
      if (/order|invoice/i.test(`${context.header ?? ''} ${context.label ?? ''}`)) return [];
      return Array.from(text.matchAll(NUMBER), (m) => toMatch(m[0], m.index));
    },
    parseTel(href: string): PhoneMatch | null {
      const number = /^(?:tel|callto):(?:\/\/)?([+\d\s().-]+)$/i.exec(href.trim())?.[1];
      if (!number || number.replace(/\D/g, '').length < 10) return null;
      return { ...toMatch(number, 0), raw: href, end: href.length };
    },
  };
}
