import PDFDocument from 'pdfkit';
import type { Ctx } from '../../../platform/context.js';
import { getOrganization } from '../../organization/services/settings.js';
import { getActivities } from '../repositories/activities.js';
import { getApplication } from '../repositories/applications.js';
import { annexTexts } from './annexes.js';
import { getAgreement } from './agreements.js';

const SIGNER_LABELS: Record<string, string> = {
  employee: 'Il lavoratore / La lavoratrice',
  director: 'Il Direttore (datore di lavoro)',
  hr: 'Direzione Organizzazione e Risorse Umane',
  hr_director: 'Il Direttore Organizzazione e Risorse Umane',
};
const STATUS_LABELS: Record<string, string> = {
  draft: 'bozza', awaiting_signatures: 'in attesa di firme', signed: 'sottoscritto, in attesa di decorrenza', active: 'attivo',
  withdrawn: 'cessato per recesso', lapsed: 'decaduto', revoked: 'revocato', expired: 'scaduto',
};
const date = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '—');
const dateTime = (iso: string) => new Date(iso).toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' });

/** The agreement as an A4 PDF in Italian: every term of art. 8.1 a–h, both annexes, who signed and when. */
export async function agreementPdf(ctx: Ctx, id: string): Promise<{ buffer: Buffer; filename: string }> {
  const a = await getAgreement(ctx, id);
  const organization = await getOrganization(ctx);
  const annexes = await annexTexts(ctx.engine.db, ctx.organizationId);
  const application = a.applicationId ? await getApplication(ctx.engine.db, ctx.organizationId, a.applicationId) : null;
  const activities = application ? await getActivities(ctx.engine.db, ctx.organizationId, application.activityIds) : [];

  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 62, right: 62 }, info: { Title: `Accordo individuale di lavoro agile - ${a.employeeName}`, Author: organization.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11.5).text(text).moveDown(0.3).font('Helvetica').fontSize(10.5);
  const field = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);

  doc.font('Helvetica-Bold').fontSize(13).text(organization.name, { align: 'center' });
  doc.moveDown(0.4).fontSize(15).text('Accordo individuale di Lavoro Agile', { align: 'center' });
  doc.font('Helvetica').fontSize(9.5).fillColor('#444').text('ai sensi della legge 22 maggio 2017, n. 81 e dell’art. 8 della Disciplina per lo svolgimento della prestazione lavorativa in Lavoro Agile', { align: 'center' });
  doc.fillColor('black').fontSize(10.5).moveDown();
  field('Lavoratore', `${a.employeeName} (matricola ${a.matricola})`);
  field('Stato dell’accordo', STATUS_LABELS[a.status] ?? a.status);
  if (activities.length) field('Attività lavorabili da remoto', activities.map((x) => x.name).join('; '));

  heading('a) Durata (art. 8.2)');
  doc.text(`Dal ${a.startDate ? date(a.startDate) : 'primo giorno del mese successivo all’ultima sottoscrizione (art. 6.4)'} al ${date(a.endDate)}.`);
  heading('b) Contingente massimo di giornate al mese (art. 7)');
  doc.text(`${a.monthlyQuota} giornate al mese, intere e non frazionabili; le giornate non fruite nel mese non sono recuperabili (art. 7.5).`);
  heading('c) Fascia di compresenza (art. 12)');
  doc.text(`Dalle ${a.band.start} alle ${a.band.end}, all’interno della fascia oraria di lavoro 7.00–21.00 (art. 11.4).`);
  heading('d) Modalità operative');
  doc.text(a.operationalMode);
  heading('e) Strumentazione (art. 14)');
  doc.text(a.equipment.ownDevices ? 'Il lavoratore utilizza dispositivi propri, nel rispetto della policy IT dell’Ente.' : 'Il lavoratore utilizza la dotazione fornita dall’Amministrazione.');
  if (a.equipment.supplied.length) doc.text(`Dotazione: ${a.equipment.supplied.join(', ')}.`);
  if (a.equipment.notes) doc.text(a.equipment.notes);
  heading('f) Sicurezza e riservatezza (art. 16–18)');
  doc.text('Il lavoratore dichiara di aver ricevuto le informative in materia di sicurezza sul lavoro (allegato 1) e di tecnologie informatiche e protezione dei dati personali (allegato 2), parti integranti del presente accordo.');
  heading('g) Programmazione, monitoraggio e verifica dei risultati (art. 19)');
  a.objectives.forEach((o, i) => doc.text(`${i + 1}. ${o.description} — indicatore: ${o.indicator}; risultato atteso: ${o.target}`));
  heading('h) Altri elementi');
  doc.text(a.otherTerms || 'Nessuno.');
  if (a.termination) {
    heading('Cessazione (art. 9)');
    doc.text(`${STATUS_LABELS[a.termination.kind]} con effetto dal ${date(a.termination.date)}${a.termination.reason ? `. Motivo: ${a.termination.reason}` : ''}.`);
  }

  heading('Sottoscrizioni');
  for (const role of a.requiredSigners) {
    const s = a.signatures.find((x) => x.role === role);
    doc.text(`${SIGNER_LABELS[role] ?? role}: ${s ? `${s.name}, firmato il ${dateTime(s.at)}` : 'firma non ancora apposta'}`);
  }

  for (const [i, annex] of annexes.entries()) {
    doc.addPage().font('Helvetica-Bold').fontSize(12).text(annex.title).moveDown(0.6).font('Helvetica').fontSize(10);
    for (const paragraph of annex.body.split(/\n{2,}/)) doc.text(paragraph, { align: 'justify' }).moveDown(0.5);
    doc.fontSize(8.5).fillColor('#555').text(`Allegato ${i + 1} all’accordo individuale di ${a.employeeName}`).fillColor('black');
  }
  doc.end();
  await done;
  const safe = a.employeeName.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  return { buffer: Buffer.concat(chunks), filename: `accordo-lavoro-agile-${safe}.pdf` };
}
