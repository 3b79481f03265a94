import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Actor } from '../platform/actor.js';
import { clockFrom } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { openEngine } from '../platform/db/engine.js';
import { migrate } from '../platform/db/migrate.js';
import { DomainError } from '../platform/errors.js';
import { seedDemo } from '../modules/organization/demo/seed.js';
import { seedAgreementsDemo } from '../modules/agreements/demo/seed.js';
import { seedAgileDaysDemo } from '../modules/agile-days/demo/seed.js';
import { seedWorkplacesDemo } from '../modules/workplaces/demo/seed.js';
import { listOrganizations } from '../modules/organization/repositories/organizations.js';
import { importEmployees } from '../modules/organization/services/import.js';

const USAGE = `Uso: agile-pa <comando>
  migrate                         applica le migrazioni al database
  demo [--employees N] [--reset]  crea l'ente dimostrativo (--reset svuota prima il database PGlite)
  import <file.csv> [--partial] [--dry-run] [--organization CODICE_FISCALE]
                                  importa i dipendenti da un CSV (colonne nel README)
Il database è PGlite in DATA_DIR (./data), oppure PostgreSQL se DATABASE_URL è impostata.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    employees: { type: 'string' },
    reset: { type: 'boolean' },
    partial: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    organization: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const config = loadConfig();
const clock = clockFrom(config.appNow);
const [command, file] = positionals;

function bar(label: string) {
  return new cliProgress.SingleBar({ format: `${label} |{bar}| {percentage}% · {value}/{total}`, hideCursor: true }, cliProgress.Presets.shades_classic);
}

async function main(): Promise<number> {
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'demo' && values.reset) {
    if (config.databaseUrl) {
      console.error('--reset funziona solo con PGlite: con PostgreSQL svuota il database con gli strumenti del DBA.');
      return 1;
    }
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
  const engine = await openEngine({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(engine);
    if (command === 'migrate') {
      console.log(applied.length ? `Migrazioni applicate: ${applied.join(', ')}` : 'Database già aggiornato.');
      return 0;
    }
    if (command === 'demo') {
      if ((await listOrganizations(engine.db)).length) {
        console.error('Il database contiene già un ente. Usa "npm run demo -- --reset" per ricrearlo da zero (PGlite).');
        return 1;
      }
      const progress = bar('Dipendenti');
      let started = false;
      const result = await seedDemo(engine, clock, {
        employees: values.employees ? Number(values.employees) : config.demoEmployees,
        onProgress: (done, total) => {
          if (!started) progress.start(total, 0);
          started = true;
          progress.update(done);
        },
      });
      progress.stop();
      const agreements = await seedAgreementsDemo(engine, clock, result.organizationId);
      const days = await seedAgileDaysDemo(engine, clock, result.organizationId);
      const workplaces = await seedWorkplacesDemo(engine, clock, result.organizationId);
      console.log(`Mappatura: ${agreements.activities} attività, ${agreements.potential} potenziali lavoratori agili; ${agreements.applications} richieste, ${agreements.agreements} accordi.`);
      console.log(`Lavoro agile: ${days.days} giornate richieste, ${days.extensions} estensioni, ${days.bankReleases} cessioni e ${days.bankRequests} richieste alla Banca.`);
      console.log(`Sedi e dotazioni: ${workplaces.sites} sedi, ${workplaces.desks} postazioni, ${workplaces.bookings} prenotazioni; ${workplaces.equipment} beni, ${workplaces.assignments} assegnazioni.`);
      console.log(`Creato "Comune di Milano (demo)": ${result.employees} dipendenti, ${result.accounts.length} account (password "demo").`);
      return 0;
    }
    if (command === 'import') {
      if (!file) throw new DomainError('VALIDATION_FAILED', 'Indica il file CSV da importare', 'file');
      const organizations = await listOrganizations(engine.db);
      const organization = values.organization ? organizations.find((o) => o.fiscalCode === values.organization) : organizations.length === 1 ? organizations[0] : undefined;
      if (!organization) throw new DomainError('ORGANIZATION_REQUIRED', values.organization ? `Nessun ente con codice fiscale ${values.organization}` : 'Più enti nel database: indica --organization CODICE_FISCALE', 'organization');
      const actor: Actor = { userId: null, organizationId: organization.organizationId, username: `cli:${os.userInfo().username}`, roles: ['admin'], employeeId: null };
      const progress = bar('Importazione');
      let phase = '';
      const result = await importEmployees(
        { organizationId: organization.organizationId, actor, clock, engine },
        fs.readFileSync(file, 'utf8'),
        {
          partial: values.partial,
          dryRun: values['dry-run'],
          onProgress: (p, done, total) => {
            if (p !== phase) {
              if (phase) progress.stop();
              console.log(p === 'validate' ? 'Verifica delle righe…' : 'Scrittura…');
              progress.start(total, 0);
              phase = p;
            }
            progress.update(done);
          },
        },
      );
      progress.stop();
      for (const e of result.errors) console.log(`  riga ${e.row}, colonna ${e.field}: ${e.detail}`);
      console.log(`${result.dryRun ? 'Verifica' : 'Importazione'} completata: ${result.rows} righe, ${result.created} nuovi, ${result.updated} aggiornati, ${result.skipped} invariati o scartati.`);
      return 0;
    }
    console.error(`Comando sconosciuto: ${command}\n${USAGE}`);
    return 1;
  } finally {
    await engine.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof DomainError) {
      console.error(`\nErrore (${error.code}): ${error.detail}`);
      for (const e of error.errors ?? []) console.error(`  riga ${e.row ?? '-'}, colonna ${e.field}: ${e.detail}`);
    } else console.error(error);
    process.exit(1);
  });
