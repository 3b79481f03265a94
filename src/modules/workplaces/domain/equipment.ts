import { DomainError } from '../../../platform/errors.js';
import { EQUIPMENT_TYPES, EQUIPMENT_STATES, type EquipmentType, type EquipmentState } from './kinds.js';
export { EQUIPMENT_TYPES, EQUIPMENT_STATES, type EquipmentType, type EquipmentState };

/** Art. 14.1 — only equipment in stock is handed to an employee. */
export function assertAssignable(state: EquipmentState): void {
  if (state !== 'in_stock') throw new DomainError('INVALID_STATE', `Si assegna soltanto un bene in magazzino, non uno nello stato "${state}"`, 'state', undefined, { state });
}

export function assertReturnable(state: EquipmentState): void {
  if (state !== 'assigned') throw new DomainError('INVALID_STATE', 'Il bene non risulta assegnato', 'state', undefined, { state });
}

/** The states an inventory edit may set directly: assignment and return have their own operations. */
export function assertStateChange(from: EquipmentState, to: EquipmentState): void {
  if (from === to) return;
  if (from === 'assigned' || to === 'assigned') throw new DomainError('INVALID_STATE', 'Assegnazione e restituzione si registrano con le operazioni apposite', 'state', undefined, { state: from });
  if (from === 'retired') throw new DomainError('INVALID_STATE', 'Un bene dismesso non torna in uso', 'state', undefined, { state: from });
}
