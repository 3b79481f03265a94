// TEMPORARY stand-in (to be replaced by the real table).
const T = [{ istat: '015146', nome: 'Milano', lat: 45.46427, lon: 9.18951 }, { istat: '108033', nome: 'Monza', lat: 45.58005, lon: 9.27246 }];
export function findMunicipality(q: string) {
  return T.find((m) => m.nome.toLowerCase() === q.toLowerCase() || m.istat === q) ?? null;
}
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
