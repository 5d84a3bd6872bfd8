/**
 * Pure checks of one data field value against its field definition. The outcome is a value;
 * the service turns it into the seed's B050xxx (validate endpoint) or B090xxx (registration) code.
 */
import { RE2JS } from 're2js';
import type { DataField } from './datafields.types.js';

/** Longest value any field accepts (seed 003 B050009/B090029). */
export const MAX_VALUE_LENGTH = 500;

export type ValueProblem =
  { kind: 'too_long' } | { kind: 'not_numeric' } | { kind: 'type_mismatch' } | { kind: 'unknown_option' } | { kind: 'regex'; regex: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{3,24}$/;
const NUMBER = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/;
const CHECKBOX = new Set(['true', 'false']);

/** True for `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Digits of a phone number: at least 5 and at most 15 (E.164). */
function isPhone(value: string): boolean {
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 15;
}

/** Compiled field regexes, by source; bounded so a tenant cannot grow it without limit. */
const compiled = new Map<string, RE2JS>();
const COMPILED_MAX = 500;

/**
 * Compiles a field's regex the way values are checked: anchored to the whole value, by RE2
 * (re2js), whose matching time is linear in the value's length. A tenant admin's pattern can so
 * never backtrack catastrophically (`([A-Za-z]+ ?)+`); the bound on time is the value's length
 * (at most {@link MAX_VALUE_LENGTH}) times the pattern's size (at most 500 characters, repeat
 * counts at most 1000). Patterns RE2 cannot run in linear time (back-references, look-around)
 * throw here, so they are refused when a field is saved.
 */
export function compileFieldRegex(regex: string): RE2JS {
  let re = compiled.get(regex);
  if (!re) {
    re = RE2JS.compile(`^(?:${regex})$`);
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
    compiled.set(regex, re);
  }
  return re;
}

/** Whether a value matches a field's regex; a stored pattern RE2 cannot compile matches nothing. */
function matchesFieldRegex(regex: string, value: string): boolean {
  try {
    return compileFieldRegex(regex).matches(value);
  } catch {
    return false;
  }
}

/**
 * Checks a non-empty, trimmed value: length, then template type, then the field's regex.
 * Returns null when the value is acceptable.
 */
export function checkValue(field: Pick<DataField, 'templateType' | 'regex' | 'listOptions'>, value: string): ValueProblem | null {
  if ([...value].length > MAX_VALUE_LENGTH) return { kind: 'too_long' };
  switch (field.templateType) {
    case 'Number':
      if (!NUMBER.test(value)) return { kind: 'not_numeric' };
      break;
    case 'Email':
      if (!EMAIL.test(value)) return { kind: 'type_mismatch' };
      break;
    case 'Phone':
      if (!isPhone(value)) return { kind: 'type_mismatch' };
      break;
    case 'Date':
      if (!isIsoDate(value)) return { kind: 'type_mismatch' };
      break;
    case 'Checkbox':
      if (!CHECKBOX.has(value.toLowerCase())) return { kind: 'type_mismatch' };
      break;
    case 'List':
      if (!field.listOptions.some((o) => o.value === value)) return { kind: 'unknown_option' };
      break;
    case 'Text':
      break;
  }
  if (field.regex && !matchesFieldRegex(field.regex, value)) return { kind: 'regex', regex: field.regex };
  return null;
}

/**
 * The key a value is counted under for uniqueness and use limits: case-insensitive for text,
 * e-mail and list values, digits only for phones, canonical for checkboxes.
 */
export function valueKey(field: Pick<DataField, 'templateType'>, value: string): string {
  const v = value.trim();
  switch (field.templateType) {
    case 'Phone':
      return v.replace(/[^\d+]/g, '');
    case 'Checkbox':
      return v.toLowerCase();
    case 'Number':
      return v.replace(',', '.');
    case 'Text':
    case 'Email':
    case 'Date':
    case 'List':
      return v.toLowerCase();
  }
}

/** The seed's Scope string: "Corporate, Private", "Corporate", "Private" or "". */
export function scopeText(field: Pick<DataField, 'scopeCorporate' | 'scopePrivate'>): string {
  return [field.scopeCorporate ? 'Corporate' : null, field.scopePrivate ? 'Private' : null].filter(Boolean).join(', ');
}

/** Whether a field applies to a corporate or private trade-in (an empty scope applies to both). */
export function inScope(field: Pick<DataField, 'scopeCorporate' | 'scopePrivate'>, isCorporate: boolean): boolean {
  if (!field.scopeCorporate && !field.scopePrivate) return true;
  return isCorporate ? field.scopeCorporate : field.scopePrivate;
}

/** The label in `locale`, else English, else the field name. */
export function labelOf(labels: Record<string, string>, locale: string, fallback: string): string {
  return labels[locale] ?? labels.en ?? fallback;
}
