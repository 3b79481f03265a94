export interface DemoDirectorate {
  code: string;
  name: string;
  /** Tabella B of Milan's POLA: employees in remotable activities, which sizes the demo directorate. */
  potentialAgileWorkers: number;
  /** Up to eight unit names; the first is where the directorate's demo accounts work. */
  units: readonly string[];
}

/** Milan's 25 directorates, in the order and with the codes (D01–D25) of Tabella B. */
export const DEMO_DIRECTORATES: readonly DemoDirectorate[] = [
  {
    code: 'D01', name: 'Direzione Avvocatura', potentialAgileWorkers: 70,
    units: ['Area Contenzioso Civile e del Lavoro', 'Area Contenzioso Amministrativo', 'Unità Consulenza Legale', 'Unità Recupero Crediti', 'Ufficio Contenzioso Penale', 'Unità Gestione Sinistri', 'Ufficio Segreteria Legale', 'Unità Transazioni'],
  },
  {
    code: 'D02', name: 'Direzione Bilancio e Partecipate', potentialAgileWorkers: 256,
    units: ['Area Bilancio e Programmazione Finanziaria', 'Unità Contabilità e Rendiconto', 'Area Società Partecipate', 'Unità Controllo di Gestione', 'Ufficio Mutui e Indebitamento', 'Unità Fiscalità e IVA', 'Unità Mandati e Reversali', 'Ufficio Economato'],
  },
  {
    code: 'D03', name: 'Direzione Casa', potentialAgileWorkers: 111,
    units: ['Area Assegnazione Alloggi ERP', 'Unità Bandi e Graduatorie', 'Area Gestione Patrimonio Abitativo', 'Unità Emergenza Abitativa', 'Ufficio Contributi Affitto', 'Unità Housing Sociale', 'Unità Manutenzione Alloggi', 'Ufficio Rapporti con gli Enti Gestori'],
  },
  {
    code: 'D04', name: 'Direzione Centrale Unica Appalti', potentialAgileWorkers: 163,
    units: ['Area Gare Lavori', 'Area Gare Beni e Servizi', 'Unità Contratti', 'Unità Programmazione Acquisti', 'Ufficio Verifica Requisiti', 'Unità Convenzioni e Accordi Quadro', 'Ufficio Supporto ai RUP', 'Unità Albo Fornitori'],
  },
  {
    code: 'D05', name: 'Direzione Cultura', potentialAgileWorkers: 632,
    units: ['Area Musei', 'Area Biblioteche', 'Unità Spettacolo ed Eventi', 'Unità Mostre', 'Ufficio Progetti Culturali', 'Unità Archivi Storici', 'Area Promozione Culturale', 'Unità Teatri e Convenzioni'],
  },
  {
    code: 'D06', name: 'Direzione Demanio e Patrimonio', potentialAgileWorkers: 177,
    units: ['Area Gestione Patrimonio Immobiliare', 'Unità Demanio e Concessioni', 'Unità Locazioni Attive', 'Unità Locazioni Passive', 'Ufficio Inventario Beni Immobili', 'Area Sedi e Logistica', 'Unità Valorizzazione Immobili', 'Ufficio Espropri'],
  },
  {
    code: 'D07', name: 'Direzione Economia Urbana e Lavoro', potentialAgileWorkers: 338,
    units: ['Area Commercio', 'Unità SUAP', 'Area Lavoro e Formazione', 'Unità Mercati Comunali', 'Unità Pubblici Esercizi', 'Ufficio Attività Produttive', 'Unità Innovazione Economica', 'Ufficio Moda e Design'],
  },
  {
    code: 'D08', name: 'Direzione Educazione', potentialAgileWorkers: 776,
    units: ['Area Servizi all’Infanzia', 'Area Scuole dell’Infanzia', 'Unità Iscrizioni e Rette', 'Unità Refezione Scolastica', 'Unità Diritto allo Studio', 'Unità Centri Estivi', 'Ufficio Personale Educativo', 'Unità Progetti Pedagogici'],
  },
  {
    code: 'D09', name: 'Direzione Generale', potentialAgileWorkers: 67,
    units: ['Area Pianificazione e Controlli', 'Unità Performance', 'Ufficio Coordinamento Direzioni', 'Unità Progetti Strategici', 'Unità Relazioni Internazionali', 'Ufficio Statistica', 'Unità Semplificazione', 'Ufficio Comunicazione Interna'],
  },
  {
    code: 'D10', name: 'Direzione Mobilità e Trasporti', potentialAgileWorkers: 224,
    units: ['Area Pianificazione della Mobilità', 'Unità Trasporto Pubblico Locale', 'Unità Sosta e Parcheggi', 'Unità Mobilità Ciclistica', 'Ufficio Permessi ZTL e Area B', 'Unità Segnaletica', 'Unità Sharing Mobility', 'Ufficio Mobility Management'],
  },
  {
    code: 'D11', name: 'Direzione Organizzazione e Risorse Umane', potentialAgileWorkers: 197,
    units: ['Area Gestione Giuridica del Personale', 'Unità Trattamento Economico', 'Area Reclutamento e Selezione', 'Unità Formazione', 'Unità Relazioni Sindacali', 'Ufficio Lavoro Agile e Benessere Organizzativo', 'Unità Sicurezza sul Lavoro', 'Unità Presenze e Assenze'],
  },
  {
    code: 'D12', name: 'Direzione Politiche Sociali', potentialAgileWorkers: 655,
    units: ['Area Anziani', 'Area Disabilità', 'Unità Minori e Famiglie', 'Unità Grave Emarginazione', 'Unità Servizio Sociale Territoriale', 'Unità Immigrazione', 'Ufficio Sostegno al Reddito', 'Unità Residenzialità'],
  },
  {
    code: 'D13', name: 'Direzione Quartieri e Municipi', potentialAgileWorkers: 406,
    units: ['Area Municipi 1–3', 'Area Municipi 4–6', 'Area Municipi 7–9', 'Unità Decentramento', 'Unità Quartieri e Partecipazione', 'Ufficio Coordinamento Municipi', 'Unità Manutenzioni di Quartiere', 'Unità Spazi Civici'],
  },
  {
    code: 'D14', name: 'Segreteria Generale', potentialAgileWorkers: 26,
    units: ['Ufficio Deliberazioni e Atti', 'Unità Controlli Interni', 'Ufficio Protocollo', 'Unità Trasparenza e Anticorruzione', 'Ufficio Albo Pretorio', 'Unità Contratti Rogati', 'Ufficio Archivio Generale', 'Unità Supporto agli Organi'],
  },
  {
    code: 'D15', name: 'Direzione Servizi Civici, Partecipazione e Sport', potentialAgileWorkers: 466,
    units: ['Area Anagrafe', 'Unità Stato Civile', 'Unità Elettorale', 'Area Sport', 'Unità Impianti Sportivi', 'Ufficio Bilancio Partecipativo', 'Unità Servizi Funebri e Cimiteriali', 'Unità Sportelli al Cittadino'],
  },
  {
    code: 'D16', name: 'Direzione Servizio di Presidenza del Consiglio Comunale', potentialAgileWorkers: 77,
    units: ['Ufficio di Presidenza', 'Unità Commissioni Consiliari', 'Unità Resoconti e Verbali', 'Ufficio Gruppi Consiliari', 'Unità Interrogazioni e Mozioni', 'Ufficio Cerimoniale del Consiglio', 'Unità Comunicazione Istituzionale', 'Ufficio Difesa Civica'],
  },
  {
    code: 'D17', name: 'Direzione Sicurezza Urbana', potentialAgileWorkers: 832,
    units: ['Area Polizia Locale Territoriale', 'Unità Pronto Intervento', 'Unità Polizia Annonaria', 'Unità Infortunistica Stradale', 'Area Protezione Civile', 'Ufficio Verbali e Contravvenzioni', 'Unità Polizia Giudiziaria', 'Unità Centrale Operativa'],
  },
  {
    code: 'D18', name: 'Direzione Sistemi Informativi e Agenda Digitale', potentialAgileWorkers: 166,
    units: ['Area Infrastrutture e Data Center', 'Unità Applicativi Gestionali', 'Unità Servizi Digitali al Cittadino', 'Unità Sicurezza Informatica', 'Ufficio Postazioni di Lavoro', 'Unità Open Data e Analisi', 'Unità Transizione Digitale', 'Ufficio Help Desk'],
  },
  {
    code: 'D19', name: 'Direzione Specialistica Incassi e Riscossioni', potentialAgileWorkers: 117,
    units: ['Area Riscossione Coattiva', 'Unità Tributi Locali', 'Unità Canone Unico', 'Unità Rimborsi', 'Ufficio Accertamenti', 'Unità Incassi e Tesoreria', 'Unità Sanzioni Amministrative', 'Ufficio Rateizzazioni'],
  },
  {
    code: 'D20', name: 'Direzione Tecnica', potentialAgileWorkers: 256,
    units: ['Area Edilizia Scolastica', 'Area Opere Pubbliche', 'Unità Strade e Infrastrutture', 'Unità Verde Pubblico', 'Unità Impianti Tecnologici', 'Ufficio Progettazione', 'Unità Direzione Lavori', 'Unità Manutenzione Edifici Comunali'],
  },
  {
    code: 'D21', name: 'Direzione Transizione Ambientale', potentialAgileWorkers: 73,
    units: ['Area Qualità dell’Aria e Clima', 'Unità Energia', 'Unità Rifiuti e Igiene Urbana', 'Unità Acque e Bonifiche', 'Ufficio Valutazioni Ambientali', 'Unità Benessere Animale', 'Unità Inquinamento Acustico', 'Ufficio Piano Aria Clima'],
  },
  {
    code: 'D22', name: 'Direzione Urbanistica', potentialAgileWorkers: 308,
    units: ['Area Pianificazione Urbanistica Generale', 'Unità Sportello Unico Edilizia', 'Unità Attuazione PGT', 'Unità Convenzioni Urbanistiche', 'Ufficio Certificati Urbanistici', 'Unità Paesaggio', 'Unità Rigenerazione Urbana', 'Ufficio Condono Edilizio'],
  },
  {
    code: 'D23', name: 'Direzione di Progetto Internal Auditing', potentialAgileWorkers: 11,
    units: ['Unità Audit dei Processi', 'Unità Audit Contabile', 'Ufficio Risk Management', 'Unità Controlli di Conformità', 'Ufficio Follow-up', 'Unità Audit Informatici', 'Ufficio Metodologie', 'Unità Supporto Anticorruzione'],
  },
  {
    code: 'D24', name: 'Gabinetto del Sindaco', potentialAgileWorkers: 157,
    units: ['Ufficio di Gabinetto', 'Unità Segreteria del Sindaco', 'Ufficio Stampa', 'Unità Cerimoniale e Relazioni Esterne', 'Unità Rapporti con il Consiglio', 'Ufficio Portavoce', 'Unità Agenda del Sindaco', 'Ufficio Città Metropolitana'],
  },
  {
    code: 'D25', name: 'Direzione Specialistica Autorità di Gestione e Monitoraggio Piani', potentialAgileWorkers: 19,
    units: ['Unità Autorità di Gestione PON Metro', 'Unità Monitoraggio PNRR', 'Ufficio Rendicontazione', 'Unità Controlli di Primo Livello', 'Ufficio Programmazione Fondi Europei', 'Unità Supporto ai Beneficiari', 'Ufficio Certificazione della Spesa', 'Unità Valutazione dei Piani'],
  },
];

export const HR_DIRECTORATE = 'D11';
export const FACILITIES_DIRECTORATE = 'D06';
export const IT_DIRECTORATE = 'D18';

export function unitCode(directorateCode: string, index: number): string {
  return `${directorateCode}-U${String(index + 1).padStart(2, '0')}`;
}
