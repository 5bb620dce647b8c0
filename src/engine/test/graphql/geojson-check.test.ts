import { describe, expect, it } from 'vitest';
import { geoJsonProblem } from '../../src/compile/geojson-check.js';

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('geoJsonProblem (Hasura refuses these GeoJSON values while parsing)', () => {
  it('accepts closed rings of four positions or more, points and lines', () => {
    expect(geoJsonProblem({ type: 'Polygon', coordinates: [square] })).toBeUndefined();
    expect(geoJsonProblem({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBeUndefined();
    expect(geoJsonProblem({ type: 'Point', coordinates: [1, 2] })).toBeUndefined();
    expect(
      geoJsonProblem({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toBeUndefined();
  });

  it('refuses a ring of three positions and a ring that does not close, in polygons, multipolygons and collections', () => {
    expect(geoJsonProblem({ type: 'Polygon', coordinates: [square.slice(0, 3)] })).toBe('A LinearRing needs at least 4 Positions');
    expect(geoJsonProblem({ type: 'Polygon', coordinates: [[...square.slice(0, 3), [5, 5]]] })).toBe('the first and last locations have to be equal for a LinearRing');
    expect(geoJsonProblem({ type: 'MultiPolygon', coordinates: [[square], [square.slice(0, 3)]] })).toBe('A LinearRing needs at least 4 Positions');
    expect(geoJsonProblem({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [square.slice(0, 2)] }] })).toBe('A LinearRing needs at least 4 Positions');
  });

  it('refuses a line of one position', () => {
    expect(geoJsonProblem({ type: 'LineString', coordinates: [[0, 0]] })).toBe('A LineString needs at least 2 Positions');
  });
});
