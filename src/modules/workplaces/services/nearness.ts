import { distanceKm } from '../domain/municipalities.js';
import { municipalities } from '../reference/municipalities.js';

/** "Near" a municipality (name or ISTAT code): the distance in km from it to a site, or null when it is unknown. */
export function nearness(near: string): ((site: { latitude: number; longitude: number }) => number) | null {
  const home = municipalities().find(near);
  if (!home) return null;
  return (site) => Math.round(distanceKm(home, { lat: site.latitude, lon: site.longitude }) * 10) / 10;
}
