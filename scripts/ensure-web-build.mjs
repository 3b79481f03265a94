#!/usr/bin/env node
// Builds the web front end (vite) when dist/web/index.html is missing or older than any
// source under web/ (or vite.config.ts). Run by `npm prestart` and by the browser tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'web', 'index.html');
const sources = [path.join(root, 'web'), path.join(root, 'vite.config.ts')];

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function needsBuild() {
  const output = fs.statSync(built, { throwIfNoEntry: false });
  if (!output) return 'dist/web/index.html manca';
  const newest = Math.max(...sources.map(newestMtime));
  return newest > output.mtimeMs ? 'i sorgenti in web/ sono più recenti della build' : null;
}

const reason = needsBuild();
if (!reason) {
  console.log('Interfaccia web già compilata (dist/web).');
} else {
  console.log(`Compilo l’interfaccia web: ${reason}…`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  // A test runner sets NODE_ENV=test, which would give a development build of React.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(npx, ['vite', 'build'], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('Compilazione dell’interfaccia web non riuscita.');
    process.exit(result.status ?? 1);
  }
}
