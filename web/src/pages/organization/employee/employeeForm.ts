import type { Employee, EmployeePatch } from '../../../api/types';

/** The edit form's state: text as typed, lists as checkbox sets. */
export interface EmployeeForm {
  matricola: string;
  firstName: string;
  lastName: string;
  email: string;
  directorateId: string;
  unitId: string;
  role: Employee['role'];
  contractType: Employee['contract']['type'];
  contractStart: string;
  contractEnd: string;
  probationEnd: string;
  patternType: Employee['workPattern']['type'];
  percent: string;
  weekdays: number[];
  fullTimeMonths: number[];
  homeMunicipality: string;
  km: string;
  mode: Employee['commute']['mode'];
}

export function formOf(e: Employee): EmployeeForm {
  return {
    matricola: e.matricola,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    directorateId: e.directorateId,
    unitId: e.unitId,
    role: e.role,
    contractType: e.contract.type,
    contractStart: e.contract.start,
    contractEnd: e.contract.end ?? '',
    probationEnd: e.contract.probationEnd ?? '',
    patternType: e.workPattern.type,
    percent: e.workPattern.percent != null ? String(e.workPattern.percent) : '',
    weekdays: e.workPattern.weekdays ?? [],
    fullTimeMonths: e.workPattern.fullTimeMonths ?? [],
    homeMunicipality: e.commute.homeMunicipality,
    km: String(e.commute.km),
    mode: e.commute.mode,
  };
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The PATCH body: whole contract, pattern and commute (the API replaces each as a block). */
export function patchOf(f: EmployeeForm): EmployeePatch {
  return {
    matricola: f.matricola.trim(),
    firstName: f.firstName.trim(),
    lastName: f.lastName.trim(),
    email: f.email.trim(),
    unitId: f.unitId,
    role: f.role,
    contract: { type: f.contractType, start: f.contractStart, end: f.contractEnd || null, probationEnd: f.probationEnd || null },
    workPattern: {
      type: f.patternType,
      percent: f.patternType === 'part_time_horizontal' ? numberOf(f.percent) : null,
      weekdays: f.patternType === 'part_time_vertical' ? [...f.weekdays].sort() : null,
      fullTimeMonths: f.patternType === 'part_time_cyclic' ? [...f.fullTimeMonths].sort((a, b) => a - b) : null,
    },
    commute: { homeMunicipality: f.homeMunicipality.trim(), km: numberOf(f.km), mode: f.mode },
  };
}

export function toggled(list: number[], value: number, on: boolean): number[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}
