import PDFDocument from 'pdfkit';
import type { z } from 'zod';
import type { assignmentBody, equipmentBody, equipmentPatch, equipmentQuery, ownDevicesBody, returnBody } from '../../../contracts/workplaces.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { italianDate } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { assertCanSeeEmployee } from '../../organization/services/scope.js';
import { getOrganization } from '../../organization/services/settings.js';
import { notify } from '../../notifications/services/notify.js';
import { assertAssignable, assertReturnable, assertStateChange, type EquipmentState, type EquipmentType } from '../domain/equipment.js';
import * as repo from '../repositories/equipment.js';
import { assertIt } from './access.js';

type Listed = Awaited<ReturnType<typeof repo.listEquipment>>[number];

const TYPE_LABELS: Record<EquipmentType, string> = {
  laptop: 'Computer portatile', smartphone: 'Smartphone', tablet: 'Tablet', thin_client: 'Thin client', vdi_licence: 'Licenza di desktop virtuale', headset: 'Cuffie con microfono',
  webcam: 'Webcam', monitor: 'Monitor', docking_station: 'Docking station', other: 'Altro',
};

const out = (r: Listed) => ({
  id: r.e.id, type: r.e.type as EquipmentType, model: r.e.model, serial: r.e.serial, assetTag: r.e.assetTag, state: r.e.state as EquipmentState, ownerDirectorateId: r.e.ownerDirectorateId,
  notes: r.e.notes,
  assignment: r.a ? { id: r.a.id, employeeId: r.a.employeeId, employeeName: `${r.lastName} ${r.firstName}`, from: r.a.fromDate, acknowledgedAt: r.a.acknowledgedAt?.toISOString() ?? null } : null,
});

async function outOf(db: Db, ctx: Ctx, id: string) {
  const [row] = await repo.listEquipment(db, ctx.organizationId, { id });
  return out(row!);
}

/** Art. 14 — IT sees the whole register; an employee sees what they hold. */
export async function listEquipment(ctx: Ctx, q: z.infer<typeof equipmentQuery>) {
  if (!hasRole(ctx.actor, 'it')) {
    if (!ctx.actor.employeeId || (q.employeeId && q.employeeId !== ctx.actor.employeeId)) throw forbidden('Il registro delle dotazioni è dei Sistemi informativi');
    q = { ...q, employeeId: ctx.actor.employeeId };
  }
  return (await repo.listEquipment(ctx.engine.db, ctx.organizationId, q)).map(out);
}

const duplicateTag = (assetTag: string) => new DomainError('DUPLICATE_CODE', `Esiste già un bene con l’inventario "${assetTag}"`, 'assetTag');

export async function createEquipment(ctx: Ctx, input: z.infer<typeof equipmentBody>) {
  assertIt(ctx);
  return transaction(ctx, async (tx) => {
    if (await repo.findByAssetTag(tx, ctx.organizationId, input.assetTag)) throw duplicateTag(input.assetTag);
    const row = await repo.insertEquipment(tx, ctx.organizationId, { ...input, state: 'in_stock' });
    await audit(tx, ctx, { action: 'equipment.created', entity: 'equipment', entityId: row.id, after: { type: row.type, assetTag: row.assetTag } });
    return outOf(tx, ctx, row.id);
  });
}

export async function updateEquipment(ctx: Ctx, id: string, patch: z.infer<typeof equipmentPatch>) {
  assertIt(ctx);
  return transaction(ctx, async (tx) => {
    const before = await repo.getEquipment(tx, ctx.organizationId, id, true);
    if (!before) throw notFound('Bene');
    if (patch.state) assertStateChange(before.state as EquipmentState, patch.state);
    if (patch.assetTag && patch.assetTag !== before.assetTag && (await repo.findByAssetTag(tx, ctx.organizationId, patch.assetTag))) throw duplicateTag(patch.assetTag);
    await repo.updateEquipment(tx, ctx.organizationId, id, patch, ctx.clock.now());
    await audit(tx, ctx, { action: 'equipment.updated', entity: 'equipment', entityId: id, before: { state: before.state, assetTag: before.assetTag }, after: patch });
    return outOf(tx, ctx, id);
  });
}

/** Art. 14.1 — IT hands an item to an employee; the employee acknowledges the receipt. */
export async function assignEquipment(ctx: Ctx, id: string, input: z.infer<typeof assignmentBody>) {
  assertIt(ctx);
  return transaction(ctx, async (tx) => {
    const item = await repo.getEquipment(tx, ctx.organizationId, id, true);
    if (!item) throw notFound('Bene');
    assertAssignable(item.state as EquipmentState);
    const employee = await loadEmployee(tx, ctx, input.employeeId);
    const assignment = await repo.insertAssignment(tx, ctx.organizationId, { equipmentId: id, employeeId: employee.id, fromDate: input.from, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId });
    await repo.updateEquipment(tx, ctx.organizationId, id, { state: 'assigned' }, ctx.clock.now());
    await audit(tx, ctx, { action: 'equipment.assigned', entity: 'equipment', entityId: id, after: { employeeId: employee.id, from: input.from } });
    await notify(tx, ctx, [{
      employeeId: employee.id, kind: 'equipment.assigned', entity: 'equipment_assignment', entityId: assignment.id, email: true,
      title: `Dotazione assegnata: ${TYPE_LABELS[item.type as EquipmentType]}`,
      body: `Ti è stato assegnato ${TYPE_LABELS[item.type as EquipmentType].toLowerCase()} ${item.model} (inventario ${item.assetTag}) dal ${italianDate(input.from)}. Conferma la ricevuta in Agile PA.`,
    }]);
    return outOf(tx, ctx, id);
  });
}

export async function returnEquipment(ctx: Ctx, id: string, input: z.infer<typeof returnBody>) {
  assertIt(ctx);
  return transaction(ctx, async (tx) => {
    const item = await repo.getEquipment(tx, ctx.organizationId, id, true);
    if (!item) throw notFound('Bene');
    assertReturnable(item.state as EquipmentState);
    const live = (await repo.liveAssignmentOf(tx, ctx.organizationId, id))!;
    const on = input.on ?? ctx.clock.today();
    if (on < live.fromDate) throw new DomainError('VALIDATION_FAILED', 'La restituzione non può precedere la consegna', 'on', [{ field: 'on', detail: 'Data anteriore alla consegna' }]);
    await repo.updateAssignment(tx, ctx.organizationId, live.id, { returnedOn: on });
    await repo.updateEquipment(tx, ctx.organizationId, id, { state: input.state }, ctx.clock.now());
    await audit(tx, ctx, { action: 'equipment.returned', entity: 'equipment', entityId: id, after: { employeeId: live.employeeId, on, state: input.state } });
    return outOf(tx, ctx, id);
  });
}

async function loadAssignment(db: Db, ctx: Ctx, id: string) {
  const a = await repo.getAssignment(db, ctx.organizationId, id);
  if (!a) throw notFound('Consegna');
  if (a.employeeId !== ctx.actor.employeeId && !hasRole(ctx.actor, 'it')) throw forbidden('La ricevuta è del dipendente e dei Sistemi informativi');
  return a;
}

export async function acknowledgeReceipt(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const a = await loadAssignment(tx, ctx, id);
    if (a.employeeId !== ctx.actor.employeeId) throw forbidden('Conferma la ricevuta il dipendente che ha ricevuto il bene');
    if (a.acknowledgedAt) throw new DomainError('INVALID_STATE', 'Ricevuta già confermata', 'status');
    await repo.updateAssignment(tx, ctx.organizationId, id, { acknowledgedAt: ctx.clock.now() });
    await audit(tx, ctx, { action: 'equipment.acknowledged', entity: 'equipment_assignment', entityId: id });
    return outOf(tx, ctx, a.equipmentId);
  });
}

/** Art. 14.1, 14.6 — the delivery receipt as an A4 PDF: what, to whom, from when, the conditions of use. */
export async function receiptPdf(ctx: Ctx, id: string): Promise<{ buffer: Buffer; filename: string }> {
  const db = ctx.engine.db;
  const a = await loadAssignment(db, ctx, id);
  const [item, employee, organization] = await Promise.all([repo.getEquipment(db, ctx.organizationId, a.equipmentId), loadEmployee(db, ctx, a.employeeId), getOrganization(ctx)]);
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 62, right: 62 }, info: { Title: `Ricevuta di consegna ${item!.assetTag}`, Author: organization.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(15).text(organization.name).moveDown(0.3);
  doc.fontSize(13).text('Ricevuta di consegna di strumentazione per il lavoro agile (art. 14)').moveDown();
  doc.font('Helvetica').fontSize(11);
  const line = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  line('Dipendente', `${employee.firstName} ${employee.lastName} (matricola ${employee.matricola})`);
  line('Bene', `${TYPE_LABELS[item!.type as EquipmentType]} ${item!.model}`.trim());
  line('Numero di inventario', item!.assetTag);
  if (item!.serial) line('Numero di serie', item!.serial);
  line('Consegnato il', italianDate(a.fromDate));
  if (a.returnedOn) line('Restituito il', italianDate(a.returnedOn));
  doc.moveDown();
  doc.text(
    'Il dipendente dichiara di aver ricevuto il bene indicato, di utilizzarlo secondo le policy dell’Amministrazione (art. 14.6 e Allegato 2 all’accordo individuale) ' +
      'e di restituirlo alla cessazione del lavoro agile o su richiesta. L’Amministrazione non utilizza strumenti di controllo a distanza della prestazione (art. 14.6).',
    { align: 'justify' },
  );
  doc.moveDown(2);
  doc.text(a.acknowledgedAt ? `Ricevuta confermata in Agile PA il ${new Date(a.acknowledgedAt).toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' })}` : 'Ricevuta non ancora confermata dal dipendente.');
  doc.end();
  return { buffer: await done, filename: `ricevuta-${item!.assetTag}.pdf` };
}

/** Art. 14.2, action 6.2.1 — working with one's own devices, and the IT policy acknowledged. */
export async function getOwnDevices(ctx: Ctx, employeeId: string) {
  const db = ctx.engine.db;
  await assertCanSeeEmployee(db, ctx, await loadEmployee(db, ctx, employeeId));
  const row = await repo.getOwnDevices(db, ctx.organizationId, employeeId);
  return { employeeId, usesOwnDevices: row?.usesOwnDevices ?? false, devices: row?.devices ?? '', policyAcknowledgedAt: row?.policyAcknowledgedAt?.toISOString() ?? null };
}

export async function setOwnDevices(ctx: Ctx, employeeId: string, input: z.infer<typeof ownDevicesBody>) {
  if (ctx.actor.employeeId !== employeeId) throw forbidden('Lo dichiara il dipendente stesso (art. 14.2)');
  if (input.usesOwnDevices && !input.policyAcknowledged)
    throw new DomainError('POLICY_NOT_ACKNOWLEDGED', 'Per lavorare con i tuoi dispositivi devi prendere visione della policy informatica (azione 6.2.1)', 'policyAcknowledged');
  return transaction(ctx, async (tx) => {
    const before = await repo.getOwnDevices(tx, ctx.organizationId, employeeId);
    const row = await repo.upsertOwnDevices(tx, ctx.organizationId, {
      employeeId, usesOwnDevices: input.usesOwnDevices, devices: input.devices,
      policyAcknowledgedAt: input.policyAcknowledged ? (before?.policyAcknowledgedAt ?? ctx.clock.now()) : null, updatedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, { action: 'own_devices.updated', entity: 'employee', entityId: employeeId, after: { usesOwnDevices: row.usesOwnDevices } });
    return { employeeId, usesOwnDevices: row.usesOwnDevices, devices: row.devices, policyAcknowledgedAt: row.policyAcknowledgedAt?.toISOString() ?? null };
  });
}

/** The items an employee holds now (the agreement shows them, art. 8.1e). */
export async function heldBy(db: Db, ctx: Ctx, employeeId: string) {
  return (await repo.listEquipment(db, ctx.organizationId, { employeeId })).map((r) => ({ type: r.e.type as EquipmentType, model: r.e.model, assetTag: r.e.assetTag, from: r.a?.fromDate ?? '' }));
}
