import { useTranslation } from 'react-i18next';
import type { Employee } from '../../../api/types';
import { DetailList, type Detail } from '../../../components/DetailList';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../hooks/useFormat';

/** Who the employee is and where they work. */
export function PersonSection({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  return (
    <Section id="person" title={t('employee.sections.person')}>
      <DetailList
        items={[
          [t('employee.matricola'), <span className="font-monospace">{employee.matricola}</span>],
          [t('employee.firstName'), employee.firstName],
          [t('employee.lastName'), employee.lastName],
          [t('employee.email'), <a href={`mailto:${employee.email}`}>{employee.email}</a>],
          [t('employee.role'), t(`employeeRoles.${employee.role}`)],
          [t('employee.directorate'), employee.directorateName],
          [t('employee.unit'), employee.unitName],
        ]}
      />
    </Section>
  );
}

/** The contract (art. 4: fixed-term and probation matter for eligibility). */
export function ContractSection({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = employee.contract;
  return (
    <Section id="contract" title={t('employee.sections.contract')}>
      <DetailList
        items={[
          [t('employee.contractType'), t(`contractTypes.${c.type}`)],
          [t('employee.contractStart'), format.date(c.start)],
          [t('employee.contractEnd'), format.date(c.end)],
          [t('employee.probationEnd'), format.date(c.probationEnd)],
        ]}
      />
    </Section>
  );
}

/** The working-time pattern (art. 7.6–7.7: part time shrinks the monthly quota). */
export function WorkPatternSection({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const w = employee.workPattern;
  const items: Detail[] = [[t('employee.workPatternType'), t(`workPatterns.${w.type}`)]];
  if (w.type === 'part_time_horizontal') items.push([t('employee.percent'), w.percent != null ? `${w.percent}%` : '']);
  if (w.type === 'part_time_vertical') items.push([t('employee.weekdays'), w.weekdays?.map((d) => t(`weekdays.${d}`)).join(', ')]);
  if (w.type === 'part_time_cyclic') items.push([t('employee.fullTimeMonths'), w.fullTimeMonths?.map((m) => format.monthName(m)).join(', ')]);
  return (
    <Section id="work-pattern" title={t('employee.sections.workPattern')}>
      <DetailList items={items} />
    </Section>
  );
}

/** Home-to-work commute (art. 7.3: distance is a priority criterion). */
export function CommuteSection({ employee }: { employee: Employee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = employee.commute;
  return (
    <Section id="commute" title={t('employee.sections.commute')}>
      <DetailList
        items={[
          [t('employee.homeMunicipality'), c.homeMunicipality],
          [t('employee.km'), t('employee.kmValue', { km: format.number(c.km) })],
          [t('employee.mode'), t(`commuteModes.${c.mode}`)],
        ]}
      />
    </Section>
  );
}
