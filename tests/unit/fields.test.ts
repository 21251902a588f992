import { describe, expect, it } from 'vitest';
import { emailField, enterpriseNumberField, phoneField, postcodeField } from '../../electron/api/contract/rules/fields';

describe('shared field rules', () => {
  it('e-mail: trimmed, lower-cased, accented local parts allowed, a real domain required', () => {
    expect(emailField.parse('  Helène.Declercq@Kringwinkel.be ')).toBe('helène.declercq@kringwinkel.be');
    expect(emailField.parse('')).toBeNull();
    for (const bad of ['els@', 'a b@c.be', 'jan@x', 'jan@@x.be', 'jan@kring winkel.be'])
      expect(emailField.safeParse(bad).success).toBe(false);
  });

  it('enterprise number: any usual notation, mod 97 checked', () => {
    expect(enterpriseNumberField.parse('BE 0403.019.261')).toBe('0403019261');
    expect(enterpriseNumberField.parse('403019261')).toBe('0403019261');
    expect(enterpriseNumberField.safeParse('0403.019.262').error?.issues[0]?.message).toMatch(/controlecijfers/);
    expect(enterpriseNumberField.safeParse('2403.019.261').error?.issues[0]?.message).toMatch(/begint met 0 of 1/);
  });

  it('phone to E.164, postcode four digits', () => {
    expect(phoneField.parse('09 234 56 78')).toBe('+3292345678');
    expect(phoneField.parse('0032 470 12 34 56')).toBe('+32470123456');
    expect(phoneField.safeParse('12').success).toBe(false);
    expect(postcodeField.parse(' 9000 ')).toBe('9000');
    expect(postcodeField.safeParse('900').success).toBe(false);
  });
});
