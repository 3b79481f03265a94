import nodemailer from 'nodemailer';
import type { Clock } from '../../../platform/clock.js';
import type { SmtpConfig } from '../../../platform/config.js';
import type { Engine } from '../../../platform/db/engine.js';
import { isContactAllowed } from '../../agile-days/domain/disconnection.js';
import { regulationFor } from '../../organization/services/settings.js';
import * as repo from '../repositories/notifications.js';

const MAX_ATTEMPTS = 5;

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export function smtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password } : undefined,
  });
  return {
    send: async (m) => {
      await transport.sendMail({ from: config.from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

/**
 * Sends the e-mails whose moment has come. Art. 13: a retry never goes out after the window
 * closes (it waits for the next run inside it), unless the message was urgent.
 */
export async function deliverEmails(engine: Engine, clock: Clock, mailer: Mailer, batch = 100): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await engine.db.transaction(async (tx) => {
    const due = await repo.dueEmails(tx, clock.now(), batch);
    const windows = new Map<string, Awaited<ReturnType<typeof regulationFor>>>();
    for (const n of due) {
      if (!windows.has(n.organization_id)) windows.set(n.organization_id, await regulationFor(tx, n.organization_id));
      const { regulation, patronDay } = windows.get(n.organization_id)!;
      if (!n.urgent && !isContactAllowed(clock.now(), regulation, patronDay)) continue;
      const attempts = n.email_attempts + 1;
      try {
        await mailer.send({ to: n.email, subject: n.urgent ? `[Urgente] ${n.title}` : n.title, text: `${n.body}\n\n— Agile PA` });
        await repo.setEmailOutcome(tx, n.organization_id, n.id, { status: 'sent', attempts, sentAt: clock.now() });
        sent++;
      } catch (error) {
        const status = attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
        await repo.setEmailOutcome(tx, n.organization_id, n.id, { status, attempts, error: String(error).slice(0, 500) });
        if (status === 'failed') failed++;
      }
    }
  });
  return { sent, failed };
}
