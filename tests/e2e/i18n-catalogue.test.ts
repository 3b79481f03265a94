import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES, BOOKING_STATUSES, CHARACTERISTICS, EQUIPMENT_STATES, EQUIPMENT_TYPES, SITE_KINDS, COMMUTE_MODES, CONTRACT_TYPES, EMPLOYEE_ROLES, EXCLUSIONS, REGULATION_FIELDS, ROLES, SIGNER_ROLES, WORK_PATTERNS } from '../../web/src/api/enums';
import englishCatalogue from '../../web/src/i18n/en.json';
import italianCatalogue from '../../web/src/i18n/it.json';

const WEB_SOURCES = path.resolve(import.meta.dirname, '..', '..', 'web', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

/**
 * The interface speaks Italian first and English completely: both catalogues hold the same
 * keys, and every value the server can send (roles, contract types, regulation fields…) has
 * its label — a field added on the server shows up here before it shows up untranslated.
 */
describe('translation catalogues', () => {
  const italian = new Set(keysOf(italianCatalogue as Catalogue));
  const english = new Set(keysOf(englishCatalogue as Catalogue));

  it('have the same keys in Italian and English', () => {
    expect([...italian].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !italian.has(k))).toEqual([]);
  });

  it('name every value the API can answer', () => {
    const needed = [
      ...ROLES.map((r) => `roles.${r}`),
      ...EMPLOYEE_ROLES.map((r) => `employeeRoles.${r}`),
      ...CONTRACT_TYPES.map((c) => `contractTypes.${c}`),
      ...WORK_PATTERNS.map((w) => `workPatterns.${w}`),
      ...COMMUTE_MODES.map((m) => `commuteModes.${m}`),
      ...REGULATION_FIELDS.flatMap((f) => [`regulation.${f.key}.label`, `regulation.${f.key}.help`]),
      ...AGREEMENT_STATUSES.map((s) => `agreementStatuses.${s}`),
      ...AGREEMENT_STATUSES.filter((s) => s !== 'draft' && s !== 'awaiting_signatures').map((s) => `timelineActions.agreement.${s}`),
      ...SIGNER_ROLES.map((r) => `signerRoles.${r}`),
      ...CHARACTERISTICS.map((c) => `characteristics.${c}`),
      ...EXCLUSIONS.map((e) => `exclusions.${e}`),
      ...['submitted', 'approved', 'refused'].map((s) => `applicationStatuses.${s}`),
      ...SITE_KINDS.map((k) => `siteKinds.${k}`),
      ...BOOKING_STATUSES.map((s) => `bookingStatuses.${s}`),
      ...EQUIPMENT_TYPES.map((k) => `equipmentTypes.${k}`),
      ...EQUIPMENT_STATES.map((s) => `equipmentStates.${s}`),
    ];
    expect(needed.filter((k) => !italian.has(k))).toEqual([]);
  });

  it('hold every key the pages ask for by name', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(WEB_SOURCES)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/(?:label|description): '([a-z]+\.[A-Za-z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !italian.has(k) && !italian.has(`${k}_one`));
    expect(missing).toEqual([]);
  });
});
