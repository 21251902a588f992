import type { legalForms } from '../../../db/schema';
import { enterpriseNumberMessages, normalizeEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import { phoneMessage, toE164 } from '../../api/contract/rules/phone';
import { postcodeMessage, provinceForPostcode, provinceRanges } from '../../api/contract/rules/postcode';
import type { IssueCode, Severity } from './issues';
import { normalizeKey } from './text';

/** One cell's verdict: the value to import (null when nothing usable) and at most one problem. */
export type Checked<T> = { value: T; problem?: { severity: Severity; code: IssueCode; message: string } };

export function checkEnterpriseNumber(raw: string): Checked<string | null> {
  if (!raw.trim()) return { value: null };
  const result = normalizeEnterpriseNumber(raw);
  if (result.ok) return { value: result.value };
  const code = result.reason === 'checksum' ? 'kbo_checksum' : 'kbo_format';
  return {
    value: null,
    problem: { severity: 'error', code, message: `${raw.trim()}: ${enterpriseNumberMessages[result.reason]}` },
  };
}

const LOCAL = /^[^\s@"(),:;<>[\]\\]+$/u;
const DOMAIN = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}$/u;

/**
 * Trimmed, lower-case, spaces removed (forms add them around and inside addresses). Letters with
 * accents are allowed on both sides (RFC 6531: `helène@...` is deliverable); `naam at domein.be`
 * is not an address.
 */
export function checkEmail(raw: string): Checked<string | null> {
  const value = raw
    .replace(/^mailto:/i, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  if (!value) return { value: null };
  const [local, domain, ...rest] = value.split('@');
  const valid =
    rest.length === 0 && !!local && !!domain && LOCAL.test(local) && !/^\.|\.\.|\.$/.test(local) && DOMAIN.test(domain);
  if (valid) return { value };
  return {
    value: null,
    problem: {
      severity: 'error',
      code: 'email_invalid',
      message: `${raw.trim()} is geen geldig e-mailadres (bv. naam@organisatie.be).`,
    },
  };
}

export function checkPhone(raw: string): Checked<string | null> {
  if (!raw.trim()) return { value: null };
  const e164 = toE164(raw);
  if (e164) return { value: e164 };
  return { value: null, problem: { severity: 'error', code: 'phone_invalid', message: `${raw.trim()}: ${phoneMessage}` } };
}

/** `B-2800` and `2800` -> `2800` with its province; Wallonia is allowed but flagged. */
export function checkPostcode(raw: string): Checked<{ postcode: string; provinceCode: string | null } | null> {
  const value = raw.trim().replace(/^b\s*-?\s*/i, '');
  if (!value) return { value: null };
  const provinceCode = provinceForPostcode(value);
  if (!provinceCode) {
    return {
      value: null,
      problem: { severity: 'error', code: 'postcode_invalid', message: `${raw.trim()}: ${postcodeMessage}` },
    };
  }
  const province = provinceRanges.find((p) => p.code === provinceCode);
  if (province && !province.inFlanders) {
    return {
      value: { postcode: value, provinceCode },
      problem: {
        severity: 'warning',
        code: 'outside_flanders',
        message: `Postcode ${value} ligt in ${province.name}, buiten Vlaanderen en Brussel.`,
      },
    };
  }
  return { value: { postcode: value, provinceCode } };
}

type LegalForm = (typeof legalForms)[number];
const LEGAL_FORM_ALIASES: Record<string, LegalForm> = {
  vzw: 'vzw',
  asbl: 'vzw',
  ivzw: 'ivzw',
  aisbl: 'ivzw',
  bv: 'bv',
  bvba: 'bv',
  srl: 'bv',
  sprl: 'bv',
  cv: 'cv',
  cvba: 'cv',
  sc: 'cv',
  scrl: 'cv',
  nv: 'nv',
  sa: 'nv',
  son: 'son',
  cvso: 'son',
  vso: 'son',
  'cvba so': 'son',
  'bvba so': 'son',
  ov: 'ov',
  stichting: 'stichting',
  fondation: 'stichting',
  vof: 'vof',
  snc: 'vof',
};

/** A legal form as written (`v.z.w.`, `ASBL`, `cvba-so`) -> the stored code; unknown -> `andere`. */
export function checkLegalForm(raw: string): Checked<LegalForm | null> {
  const key = normalizeKey(raw.replace(/\./g, ''));
  if (!key) return { value: null };
  const form = LEGAL_FORM_ALIASES[key];
  if (form) return { value: form };
  return {
    value: 'andere',
    problem: {
      severity: 'warning',
      code: 'legal_form_unknown',
      message: `Rechtsvorm "${raw.trim()}" is onbekend; ze wordt "andere".`,
    },
  };
}

/** The legal form hidden in a name (`Woonzorgcentrum Meetjesland cvba-so`), when a column gives none. */
export function legalFormInName(name: string): LegalForm | null {
  const words = normalizeKey(name.replace(/\./g, '')).split(' ');
  const pairs = [words.slice(-2).join(' '), words.slice(0, 2).join(' ')];
  for (const key of [...pairs, words[words.length - 1] ?? '', words[0] ?? '']) {
    const form = LEGAL_FORM_ALIASES[key];
    if (form && words.length > 1) return form;
  }
  return null;
}
