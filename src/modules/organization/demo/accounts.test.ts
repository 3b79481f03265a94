import { describe, expect, it } from 'vitest';
import { demoAccounts } from './accounts.js';

describe('demo accounts', () => {
  const accounts = demoAccounts();

  it('has the five governance accounts and four accounts for each of the 25 directorates', () => {
    expect(accounts).toHaveLength(5 + 25 * 4);
    expect(accounts.slice(0, 5).map((a) => a.username)).toEqual(['admin', 'hr', 'evaluator', 'facilities', 'it']);
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(['director01', 'manager01', 'employee01a', 'employee01b', 'director25', 'employee25b']));
  });

  it('has unique usernames, all with the password "demo"', () => {
    expect(new Set(accounts.map((a) => a.username)).size).toBe(accounts.length);
    expect(accounts.every((a) => a.password === 'demo')).toBe(true);
  });

  it('gives each account the role its name says', () => {
    for (const a of accounts) expect(a.roles).toEqual([a.username.replace(/\d+[ab]?$/, '')]);
  });

  it('describes the director of a directorate in Italian', () => {
    expect(accounts.find((a) => a.username === 'director01')!.description).toBe('Direttore — Direzione Avvocatura');
  });
});
