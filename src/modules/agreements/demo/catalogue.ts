import { CHARACTERISTICS, EXCLUSIONS, type Exclusion } from '../domain/remotability.js';

/** Activities a unit of a Comune typically maps (POLA § 4.1), remotable or not by the art. 3 checklist. */
export const REMOTABLE_ACTIVITIES = [
  'Istruttoria e gestione delle pratiche',
  'Redazione di atti, determinazioni e provvedimenti',
  'Programmazione e controllo di gestione',
  'Gestione documentale e protocollo informatico',
  'Analisi dati e reportistica',
  'Gestione contratti e procedure di gara',
  'Rendicontazione di progetti e fondi',
  'Supporto giuridico-amministrativo',
  'Comunicazione e contenuti digitali',
  'Gestione del bilancio e delle entrate',
] as const;

export const ON_SITE_ACTIVITIES: readonly { name: string; exclusion: Exclusion }[] = [
  { name: 'Sportello e ricevimento del pubblico', exclusion: 'receptionInformation' },
  { name: 'Sopralluoghi e controlli sul territorio', exclusion: 'territorialPresence' },
  { name: 'Servizi educativi e di assistenza in presenza', exclusion: 'physicalUserContact' },
  { name: 'Conduzione di automezzi di servizio', exclusion: 'drivingVehicles' },
  { name: 'Archivio cartaceo e magazzino', exclusion: 'paperArchives' },
  { name: 'Manutenzione e uso di attrezzature', exclusion: 'machinesOrEquipment' },
];

const all = <K extends string>(keys: readonly K[], v: boolean) => Object.fromEntries(keys.map((k) => [k, v])) as Record<K, boolean>;

export const remotableChecklist = () => ({ characteristics: all(CHARACTERISTICS, true), exclusions: all(EXCLUSIONS, false) });
export const onSiteChecklist = (exclusion: Exclusion) => ({
  characteristics: { ...all(CHARACTERISTICS, true), noContinuousPresence: false },
  exclusions: { ...all(EXCLUSIONS, false), [exclusion]: true },
});

export const DEMO_OBJECTIVES = [
  { description: 'Istruttoria delle pratiche assegnate nei tempi previsti', indicator: 'pratiche concluse entro il termine / pratiche assegnate', target: '≥ 90%' },
  { description: 'Redazione degli atti programmati nel mese', indicator: 'atti predisposti', target: '≥ 12 al mese' },
  { description: 'Aggiornamento della reportistica di unità', indicator: 'report consegnati alla scadenza', target: '100%' },
  { description: 'Riduzione dei tempi medi di risposta agli utenti', indicator: 'giorni medi di risposta', target: '≤ 10 giorni' },
] as const;

export const REFUSAL_REASONS = [
  'Le attività assegnate nel periodo richiedono la presenza continuativa allo sportello (art. 3.3).',
  'Riorganizzazione dell’unità in corso: la richiesta potrà essere ripresentata dal prossimo trimestre.',
  'Il piano delle attività non indica risultati misurabili (art. 19): si invita a ripresentarlo.',
] as const;

export const WITHDRAWAL_REASONS = ['Mutate esigenze personali del lavoratore', 'Riorganizzazione del servizio e nuove priorità assegnate'] as const;
