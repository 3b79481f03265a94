/** A model file HR can fill in: the Italian headers the importer reads, and one example row. */
export const CSV_TEMPLATE = [
  'matricola;nome;cognome;email;codice_unita;ruolo;tipo_contratto;inizio_contratto;fine_contratto;fine_prova;orario;percentuale_pt;giorni_lavorativi;mesi_tempo_pieno;comune_residenza;km_casa_lavoro;mezzo',
  'M000123;Maria;Rossi;maria.rossi@example.it;D01-U01;dipendente;indeterminato;2019-03-01;;;tempo_pieno;;;;Milano;5,5;metro',
].join('\r\n');

export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${CSV_TEMPLATE}\r\n`)}`;
}
