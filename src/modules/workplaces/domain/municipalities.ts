/** An Italian municipality with the coordinates of its centre (data-reference/comuni.csv). */
export interface Municipality {
  istat: string;
  name: string;
  province: string;
  region: string;
  lat: number;
  lon: number;
}

/** Accent-, case- and punctuation-insensitive: "Cantù" = "cantu", "Sant'Angelo" = "sant angelo". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface MunicipalityIndex {
  /** By ISTAT code, "Name (XX)" with the province, or name alone (the first in ISTAT order when the name is shared). */
  find(query: string): Municipality | null;
  /** Up to `limit` municipalities whose name starts with the query, then those containing it. */
  search(query: string, limit: number): Municipality[];
}

export function municipalityIndex(all: readonly Municipality[]): MunicipalityIndex {
  const byCode = new Map(all.map((m) => [m.istat, m]));
  const byName = new Map<string, Municipality>();
  for (const m of all) {
    const k = normalizeName(m.name);
    if (!byName.has(k)) byName.set(k, m);
    byName.set(`${k} ${m.province.toLowerCase()}`, m);
  }
  const keys = all.map((m) => ({ m, k: normalizeName(m.name) }));
  return {
    find(query) {
      const q = query.trim();
      if (/^\d{6}$/.test(q)) return byCode.get(q) ?? null;
      return byName.get(normalizeName(q)) ?? null;
    },
    search(query, limit) {
      const q = normalizeName(query);
      if (!q) return [];
      const starting = keys.filter((e) => e.k.startsWith(q));
      const containing = keys.filter((e) => !e.k.startsWith(q) && e.k.includes(q));
      return [...starting, ...containing].slice(0, limit).map((e) => e.m);
    },
  };
}

/** Great-circle distance (haversine) in km: "near" is as the crow flies, not by road. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
