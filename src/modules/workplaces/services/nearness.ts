import { distanceKm, findMunicipality } from '../domain/municipalities.js';

/** "Near" a municipality (name or ISTAT code): the distance in km from it to a site, or null when it is unknown. */
export function nearness(near: string): ((site: { latitude: number; longitude: number }) => number) | null {
  const home = findMunicipality(near);
  if (!home) return null;
  return (site) => Math.round(distanceKm({ lat: home.lat, lon: home.lon }, { lat: site.latitude, lon: site.longitude }) * 10) / 10;
}
