/**
 * A small coordinate table for the region part of the score: the college cities, the larger
 * Flemish towns and a centre per province (fallback when the enterprise's city is unknown).
 * Straight-line distance is enough to tell "next door" from "the other end of Flanders".
 */
type LatLon = readonly [number, number];

const cities: Record<string, LatLon> = {
  antwerpen: [51.219, 4.402],
  gent: [51.054, 3.717],
  brussel: [50.847, 4.357],
  kortrijk: [50.828, 3.265],
  hasselt: [50.931, 5.338],
  diepenbeek: [50.908, 5.417],
  genk: [50.965, 5.5],
  mechelen: [51.026, 4.478],
  leuven: [50.879, 4.701],
  brugge: [51.209, 3.224],
  oostende: [51.225, 2.919],
  roeselare: [50.946, 3.123],
  ieper: [50.851, 2.885],
  aalst: [50.938, 4.039],
  'sint-niklaas': [51.165, 4.144],
  dendermonde: [51.028, 4.101],
  oudenaarde: [50.845, 3.605],
  turnhout: [51.323, 4.945],
  geel: [51.162, 4.99],
  lier: [51.131, 4.57],
  mol: [51.191, 5.116],
  vilvoorde: [50.928, 4.429],
  aarschot: [50.987, 4.837],
  tienen: [50.807, 4.938],
  halle: [50.734, 4.234],
  tongeren: [50.781, 5.464],
  'sint-truiden': [50.816, 5.186],
  lommel: [51.231, 5.313],
  eeklo: [51.186, 3.566],
  waregem: [50.889, 3.427],
  tielt: [50.999, 3.326],
  namen: [50.467, 4.867],
  luik: [50.633, 5.567],
};

const provinceCentres: Record<string, LatLon> = {
  antwerpen: [51.17, 4.6],
  'oost-vlaanderen': [51.03, 3.8],
  'west-vlaanderen': [51.0, 3.1],
  'vlaams-brabant': [50.88, 4.6],
  limburg: [50.98, 5.35],
  brussel: [50.847, 4.357],
  wallonie: [50.45, 4.75],
};

/** Where a place is: its city when known, else the centre of its province, else nothing. */
export function locate(city: string | null | undefined, provinceCode: string | null | undefined): LatLon | null {
  const key = (city ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '-');
  return cities[key] ?? (provinceCode ? (provinceCentres[provinceCode] ?? null) : null);
}

/** Great-circle distance in km, rounded. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}
