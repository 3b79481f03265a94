/** The one source of "now". Every rule reads time through it, in Europe/Rome (brief: Time). */
export const TIME_ZONE = 'Europe/Rome';

export interface Clock {
  now(): Date;
  /** Today's date in Europe/Rome, `YYYY-MM-DD`. */
  today(): string;
}

const romeDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const romeTime = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function romeDateOf(instant: Date): string {
  return romeDate.format(instant);
}

/** `HH:MM` in Europe/Rome. */
export function romeTimeOf(instant: Date): string {
  return romeTime.format(instant);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => romeDateOf(new Date()),
};

/** A clock stopped at `iso` (APP_NOW). A bare date means 09:00 in Rome that day. */
export function fixedClock(iso: string): Clock {
  const instant = parseInstant(iso);
  return { now: () => new Date(instant.getTime()), today: () => romeDateOf(instant) };
}

export function parseInstant(iso: string): Date {
  const value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? romeLocalToInstant(iso, '09:00') : new Date(iso);
  if (Number.isNaN(value.getTime())) throw new Error(`APP_NOW non è una data ISO 8601 valida: "${iso}"`);
  return value;
}

/** The instant at local wall time `hhmm` on `date` in Europe/Rome. */
export function romeLocalToInstant(date: string, hhmm: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`);
  // Rome is UTC+1 or UTC+2: find the offset that maps back to the wanted wall time.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(guess.getTime() - offsetHours * 3_600_000);
    if (romeDateOf(candidate) === date && romeTimeOf(candidate) === hhmm) return candidate;
  }
  return new Date(guess.getTime() - 3_600_000);
}

export function clockFrom(appNow: string | undefined): Clock {
  return appNow ? fixedClock(appNow) : systemClock;
}
