import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A phone number as typed (Belgian by default) -> E.164 (+32...), or null when it is not a number. */
export function toE164(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const normalized = trimmed.replace(/^00/, '+').replace(/\(0\)/g, '');
  const parsed = parsePhoneNumberFromString(normalized, 'BE');
  return parsed?.isValid() ? parsed.number : null;
}

/** E.164 -> how a Belgian reads it: `+3292345678` -> `09 234 56 78`; foreign numbers stay international. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'BE' ? parsed.formatNational() : parsed.formatInternational();
}

export const phoneMessage = 'Geen geldig telefoonnummer (bv. 09 234 56 78 of +32 470 12 34 56).';
