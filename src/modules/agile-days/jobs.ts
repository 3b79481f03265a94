import { systemActor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Engine } from '../../platform/db/engine.js';
import { deliverEmails, smtpMailer } from '../notifications/services/mailer.js';
import { allOrganizationIds } from '../organization/services/settings.js';
import { autoRelease } from './services/bank.js';
import { deliverWebhooks } from './services/webhooks.js';

/**
 * Every minute: e-mails whose moment has come (art. 13), webhook deliveries due (art. 10.1);
 * every hour: the automatic release to the day bank where the organization switched it on (art. 7.8).
 */
export function scheduleAgileDayJobs(engine: Engine, clock: Clock, config: Config, log: (message: string) => void): () => void {
  const mailer = config.smtp ? smtpMailer(config.smtp) : null;
  if (!mailer) log('SMTP non configurato (SMTP_HOST): le comunicazioni restano soltanto nell’applicazione');
  const fail = (what: string) => (error: unknown) => log(`${what} fallito: ${String(error)}`);
  const everyMinute = async () => {
    if (mailer) {
      const r = await deliverEmails(engine, clock, mailer);
      if (r.sent || r.failed) log(`e-mail inviate: ${r.sent}, non recapitabili: ${r.failed}`);
    }
    const w = await deliverWebhooks(engine, clock);
    if (w.delivered || w.retried || w.failed) log(`webhook consegnati: ${w.delivered}, da ritentare: ${w.retried}, falliti: ${w.failed}`);
  };
  const everyHour = async () => {
    for (const organizationId of await allOrganizationIds(engine.db)) {
      const ctx = { organizationId, actor: systemActor(organizationId, 'day-bank'), clock, engine };
      const days = await engine.db.transaction((tx) => autoRelease(tx, ctx));
      if (days) log(`rilascio automatico alla Banca delle giornate: ${days} giornate`);
    }
  };
  const minute = setInterval(() => void everyMinute().catch(fail('invio comunicazioni')), 60_000);
  const hour = setInterval(() => void everyHour().catch(fail('rilascio alla Banca')), 3_600_000);
  minute.unref();
  hour.unref();
  void everyHour().catch(fail('rilascio alla Banca'));
  return () => {
    clearInterval(minute);
    clearInterval(hour);
  };
}
