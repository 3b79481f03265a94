/**
 * Default texts of the agreement's two annexes (art. 8.1), written from art. 16–18 of the
 * regulation. Each organization may replace them.
 */
export const DEFAULT_ANNEXES = {
  safety: {
    title: 'Allegato 1 — Informativa in materia di sicurezza sul lavoro per lo svolgimento del Lavoro Agile',
    body: [
      'Ai sensi dell’art. 22 della legge 81/2017 e dell’art. 16 della Disciplina del Lavoro Agile, l’Amministrazione garantisce la salute e la sicurezza del lavoratore che svolge la prestazione in modalità agile e gli consegna, con cadenza almeno annuale, la presente informativa sui rischi generali e specifici connessi alla particolare modalità di esecuzione del rapporto di lavoro.',
      'Il lavoratore coopera all’attuazione delle misure di prevenzione predisposte dal datore di lavoro per fronteggiare i rischi connessi all’esecuzione della prestazione all’esterno dei locali aziendali.',
      'Il lavoratore sceglie un luogo di lavoro idoneo: ambiente asciutto, illuminato e aerato, con impianti elettrici a norma e non sovraccarichi, privo di ostacoli e lontano da fonti di pericolo; non svolge l’attività in luoghi che espongano lui o terzi a rischi per la salute e la sicurezza.',
      'Nell’uso del videoterminale il lavoratore cura la postura, la distanza e l’altezza dello schermo, evita riflessi e abbagliamenti, e interrompe l’attività al videoterminale con pause di almeno 15 minuti ogni 120 minuti di applicazione continuativa.',
      'Il lavoratore ha diritto alla tutela contro gli infortuni sul lavoro e le malattie professionali dipendenti da rischi connessi alla prestazione resa all’esterno dei locali aziendali, anche in itinere, nei limiti previsti dall’art. 23 della legge 81/2017 e dall’art. 17 della Disciplina. Eventuali infortuni vanno comunicati tempestivamente al proprio responsabile.',
    ].join('\n\n'),
  },
  it_privacy: {
    title: 'Allegato 2 — Informativa in materia di tecnologie informatiche e protezione dei dati per lo svolgimento del Lavoro Agile',
    body: [
      'Ai sensi dell’art. 18 della Disciplina del Lavoro Agile, il lavoratore è tenuto a trattare i dati personali e le informazioni dell’Amministrazione con la massima riservatezza, nel rispetto del Regolamento (UE) 2016/679 (GDPR), del d.lgs. 196/2003 e delle istruzioni ricevute come persona autorizzata al trattamento.',
      'Il lavoratore utilizza gli strumenti informatici forniti dall’Amministrazione o, se autorizzato, i propri dispositivi, accedendo ai sistemi dell’Ente soltanto attraverso le modalità sicure indicate dalla policy IT (desktop virtuale, VPN, autenticazione a più fattori); custodisce con diligenza credenziali e dispositivi e non li cede a terzi.',
      'Il lavoratore sceglie un luogo che impedisca a persone non autorizzate di vedere o ascoltare informazioni riservate; blocca lo schermo quando si allontana; non stampa né conserva documenti dell’Ente al di fuori dei sistemi autorizzati; i dati di categorie particolari si trattano solo dove sia disponibile un ambiente isolato.',
      'Al termine della giornata il lavoratore si disconnette seguendo la procedura della policy IT, assicurandosi che i dati siano salvati correttamente e non restino accessibili a terzi (art. 13.3).',
      'Smarrimento o furto dei dispositivi, accessi sospetti e ogni possibile violazione di dati personali vanno segnalati immediatamente al proprio responsabile e al servizio IT, per le comunicazioni previste dagli artt. 33 e 34 del GDPR.',
      'Il Lavoro Agile non comporta alcuna forma di controllo a distanza dell’attività del lavoratore: l’Amministrazione non utilizza gli strumenti di lavoro per monitorarne l’attività (art. 4 della legge 300/1970; art. 14.6 della Disciplina).',
    ].join('\n\n'),
  },
} as const;

export type AnnexKind = keyof typeof DEFAULT_ANNEXES;
