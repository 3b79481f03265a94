import cliProgress from 'cli-progress';
import { startApp, demoAccounts } from './app.js';
import { scheduleAgileDayJobs } from './modules/agile-days/jobs.js';
import { scheduleAgreementJobs } from './modules/agreements/jobs.js';
import { scheduleWorkplaceJobs } from './modules/workplaces/jobs.js';

const bar = new cliProgress.SingleBar({ format: 'Dati dimostrativi |{bar}| {percentage}% · {value}/{total} dipendenti', hideCursor: true }, cliProgress.Presets.shades_classic);
let barStarted = false;

const started = await startApp({
  logger: true,
  onProgress: (done, total) => {
    if (!barStarted) {
      console.log('Database vuoto: creo l’ente dimostrativo "Comune di Milano (demo)"…');
      bar.start(total, 0);
      barStarted = true;
    }
    bar.update(done);
  },
});
if (barStarted) bar.stop();

const { config, engine, firstStart } = started;
await started.app.listen({ port: config.port, host: config.host });
const log = (message: string) => started.app.log.info(message);
const stopJobs = [scheduleAgreementJobs(engine, started.clock, log), scheduleAgileDayJobs(engine, started.clock, config, log), scheduleWorkplaceJobs(engine, started.clock, log)];

const url = `http://localhost:${config.port}`;
const lines = [
  '',
  `Agile PA è in ascolto su ${url}  (API: ${url}/api/docs)`,
  `Database: ${engine.kind === 'pglite' ? `PGlite incorporato in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
];
if (firstStart && 'adminPassword' in firstStart) {
  lines.push('', `Primo avvio senza dati dimostrativi. Account amministratore: admin / ${firstStart.adminPassword}`, 'Questa password è mostrata una sola volta: cambiala dopo il primo accesso.');
} else if (config.demo) {
  const accounts = demoAccounts();
  lines.push('', 'Account dimostrativi (password "demo"):');
  for (const a of accounts.filter((x) => !/\d{2}[a-z]?$/.test(x.username) || /01[ab]?$/.test(x.username))) lines.push(`  ${a.username.padEnd(14)} ${a.description}`);
  lines.push(`  … e director02–25, manager02–25, employee02a–25b: vedi README.md (${accounts.length} account in tutto).`);
}
if (config.appNow) lines.push('', `Orologio fermo a APP_NOW=${config.appNow}`);
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const stop of stopJobs) stop();
    void started.close().then(() => process.exit(0));
  });
}
