/**
 * What Hasura's GeoJSON parser refuses in a geometry or geography value before any SQL runs
 * (PostGIS would take an unclosed ring and fail later, or not at all): rings of polygons need
 * four positions and must close, line strings need two. Messages are Hasura's.
 */
type Position = unknown[];

const samePosition = (a: Position, b: Position) => a.length === b.length && a.every((x, i) => x === b[i]);

function ringProblem(ring: unknown): string | undefined {
  if (!Array.isArray(ring)) return undefined;
  if (ring.length < 4) return 'A LinearRing needs at least 4 Positions';
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (Array.isArray(first) && Array.isArray(last) && !samePosition(first, last)) return 'the first and last locations have to be equal for a LinearRing';
  return undefined;
}

const polygonProblem = (rings: unknown) => (Array.isArray(rings) ? rings.map(ringProblem).find(Boolean) : undefined);
const lineProblem = (line: unknown) => (Array.isArray(line) && line.length < 2 ? 'A LineString needs at least 2 Positions' : undefined);

export function geoJsonProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { type, coordinates, geometries } = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Polygon':
      return polygonProblem(coordinates);
    case 'MultiPolygon':
      return Array.isArray(coordinates) ? coordinates.map(polygonProblem).find(Boolean) : undefined;
    case 'LineString':
      return lineProblem(coordinates);
    case 'MultiLineString':
      return Array.isArray(coordinates) ? coordinates.map(lineProblem).find(Boolean) : undefined;
    case 'GeometryCollection':
      return Array.isArray(geometries) ? geometries.map(geoJsonProblem).find(Boolean) : undefined;
    default:
      return undefined;
  }
}
