export interface Municipality {
  name: string;
  /** Rough road distance from central Milan. */
  km: number;
  /** How many of Milan's commuters come from it, relative to the others. */
  weight: number;
}

export const HOME_CITY = 'Milano';

/** Lombard municipalities around Milan where the demo's commuters live (POLA § 4.2). */
export const COMMUTER_MUNICIPALITIES: readonly Municipality[] = [
  { name: 'Sesto San Giovanni', km: 10, weight: 9 },
  { name: 'Cinisello Balsamo', km: 13, weight: 7 },
  { name: 'Cologno Monzese', km: 11, weight: 5 },
  { name: 'Monza', km: 20, weight: 9 },
  { name: 'Rho', km: 17, weight: 5 },
  { name: 'Segrate', km: 11, weight: 4 },
  { name: 'San Donato Milanese', km: 11, weight: 4 },
  { name: 'San Giuliano Milanese', km: 16, weight: 4 },
  { name: 'Pioltello', km: 16, weight: 4 },
  { name: 'Corsico', km: 9, weight: 4 },
  { name: 'Buccinasco', km: 11, weight: 3 },
  { name: 'Rozzano', km: 12, weight: 4 },
  { name: 'Assago', km: 11, weight: 2 },
  { name: 'Opera', km: 12, weight: 2 },
  { name: 'Peschiera Borromeo', km: 13, weight: 3 },
  { name: 'Bollate', km: 15, weight: 4 },
  { name: 'Paderno Dugnano', km: 17, weight: 4 },
  { name: 'Cormano', km: 12, weight: 2 },
  { name: 'Bresso', km: 9, weight: 3 },
  { name: 'Novate Milanese', km: 12, weight: 2 },
  { name: 'Settimo Milanese', km: 12, weight: 2 },
  { name: 'Trezzano sul Naviglio', km: 12, weight: 2 },
  { name: 'Cernusco sul Naviglio', km: 16, weight: 3 },
  { name: 'Brugherio', km: 15, weight: 3 },
  { name: 'Garbagnate Milanese', km: 17, weight: 2 },
  { name: 'Melegnano', km: 20, weight: 2 },
  { name: 'Gorgonzola', km: 20, weight: 2 },
  { name: 'Desio', km: 22, weight: 3 },
  { name: 'Lissone', km: 22, weight: 3 },
  { name: 'Cesano Maderno', km: 23, weight: 2 },
  { name: 'Seregno', km: 25, weight: 3 },
  { name: 'Vimercate', km: 25, weight: 2 },
  { name: 'Abbiategrasso', km: 24, weight: 3 },
  { name: 'Saronno', km: 27, weight: 3 },
  { name: 'Magenta', km: 28, weight: 2 },
  { name: 'Legnano', km: 30, weight: 4 },
  { name: 'Lodi', km: 35, weight: 3 },
  { name: 'Pavia', km: 37, weight: 4 },
  { name: 'Vigevano', km: 37, weight: 2 },
  { name: 'Treviglio', km: 37, weight: 2 },
  { name: 'Busto Arsizio', km: 38, weight: 3 },
  { name: 'Gallarate', km: 42, weight: 2 },
  { name: 'Como', km: 49, weight: 3 },
  { name: 'Bergamo', km: 50, weight: 3 },
  { name: 'Crema', km: 50, weight: 1 },
  { name: 'Lecco', km: 55, weight: 2 },
  { name: 'Varese', km: 58, weight: 2 },
  { name: 'Cremona', km: 90, weight: 1 },
];
