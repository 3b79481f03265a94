import type { Directorate, Unit } from '../../../api/types';

export interface DirectorateBranch {
  directorate: Directorate;
  units: Unit[];
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Directorates with their units, ordered by code; with a filter, only the branches that match it. */
export function buildTree(directorates: Directorate[], units: Unit[], filter = ''): DirectorateBranch[] {
  const byDirectorate = new Map<string, Unit[]>();
  for (const unit of units) byDirectorate.set(unit.directorateId, [...(byDirectorate.get(unit.directorateId) ?? []), unit]);
  const wanted = fold(filter.trim());
  const matches = (code: string, name: string) => !wanted || fold(`${code} ${name}`).includes(wanted);
  return [...directorates]
    .sort((a, b) => a.code.localeCompare(b.code, 'it', { numeric: true }))
    .map((directorate) => {
      const all = (byDirectorate.get(directorate.id) ?? []).sort((a, b) => a.code.localeCompare(b.code, 'it', { numeric: true }));
      const units = matches(directorate.code, directorate.name) ? all : all.filter((u) => matches(u.code, u.name));
      return { directorate, units };
    })
    .filter((branch) => matches(branch.directorate.code, branch.directorate.name) || branch.units.length > 0);
}
