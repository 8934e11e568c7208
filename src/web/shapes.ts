/** @module web/shapes: the basemap's country shapes made fit for a flat map. */

/**
 * Country shapes without stripes: a ring that crosses the antimeridian (Russia's Chukotka, Fiji)
 * jumps from +180 to -180 and Leaflet draws that jump as a line across the world. Each ring is
 * made continuous instead (its longitudes run on past 180), and Antarctica, whose ring runs along
 * the edge of the map, is left out: it has no events and only adds a band at the bottom.
 */
export function unwrapped(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const ring = (r: GeoJSON.Position[]): GeoJSON.Position[] => {
    const out: GeoJSON.Position[] = []
    for (const [lon, lat] of r) {
      let x = lon
      const prev = out.length ? out[out.length - 1][0] : x
      while (x - prev > 180) x -= 360
      while (x - prev < -180) x += 360
      out.push([x, lat])
    }
    return out
  }
  const polygon = (rings: GeoJSON.Position[][]) => rings.map(ring)
  const features = fc.features.filter((f) => (f.properties as { name?: string } | null)?.name !== 'Antarctica').map((f) => {
    const g = f.geometry
    if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: polygon(g.coordinates) } }
    if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(polygon) } }
    return f
  })
  return { ...fc, features }
}
