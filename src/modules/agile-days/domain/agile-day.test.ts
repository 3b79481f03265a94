import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../../tests/fixtures/domain.js';
import { assertDecidable, assertRejectionReason, assertVerifiable, dayTransition } from './agile-day.js';

const code = codeOf;

describe('art. 10 the life of a day request', () => {
  it('art. 10.1 — the manager approves or rejects a pending day; a decided day cannot be decided again', () => {
    expect(dayTransition('pending', 'approve')).toBe('approved');
    expect(dayTransition('pending', 'reject')).toBe('rejected');
    expect(code(() => dayTransition('approved', 'approve'))).toBe('INVALID_STATE');
    expect(code(() => dayTransition('rejected', 'approve'))).toBe('INVALID_STATE');
  });

  it('art. 10.2 — only an approved day is revoked; the employee cancels a pending or approved one', () => {
    expect(dayTransition('approved', 'revoke')).toBe('revoked');
    expect(code(() => dayTransition('pending', 'revoke'))).toBe('INVALID_STATE');
    expect(dayTransition('pending', 'cancel')).toBe('cancelled');
    expect(dayTransition('approved', 'cancel')).toBe('cancelled');
    expect(code(() => dayTransition('revoked', 'cancel'))).toBe('INVALID_STATE');
  });

  it('art. 10.1 — a rejection needs a reason', () => {
    expect(code(() => assertRejectionReason('  '))).toBe('REASON_REQUIRED');
    expect(code(() => assertRejectionReason('Presidio dello sportello'))).toBeNull();
  });

  it('decides a request up to the day itself, not after', () => {
    expect(code(() => assertDecidable('2026-11-26', '2026-11-26'))).toBeNull();
    expect(code(() => assertDecidable('2026-11-25', '2026-11-26'))).toBe('INVALID_STATE');
  });

  it('art. 11.2, 19 — verifies results the day after an approved day, not on the day', () => {
    expect(code(() => assertVerifiable('approved', '2026-11-25', '2026-11-26'))).toBeNull();
    expect(code(() => assertVerifiable('approved', '2026-11-26', '2026-11-26'))).toBe('VERIFICATION_TOO_EARLY');
    expect(code(() => assertVerifiable('revoked', '2026-11-25', '2026-11-26'))).toBe('INVALID_STATE');
  });
});
