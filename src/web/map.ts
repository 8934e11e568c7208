/** @module web/map: Leaflet over an offline world-atlas basemap; events clustered by the server on a grid sized to the zoom. */
import L from 'leaflet'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import type { Cluster, MarkerEvent } from './api.js'
import { h, summary, typeColor } from './dom.js'
import { unwrapped } from './shapes.js'

export interface MapHandlers {
  /** The view moved: the caller fetches clusters for this box and cell size. */
  moved(view: { bbox: string; cell: number; center: string }): void
  open(id: string): void
}

const CELL_PX = 44      // a cluster gathers the events within about this many pixels

export interface EventMap {
  map: L.Map
  draw(clusters: Cluster[]): void
  view(): { bbox: string; cell: number; center: string }
  fit(clusters: Cluster[]): void
  select(id: string | null): void
  /** Bring a point to the middle of the map, zooming in to at least a region's scale. */
  focus(lat: number, lon: number): void
}

const FOCUS_ZOOM = 6

export function createMap(el: HTMLElement, start: string | undefined, on: MapHandlers): EventMap {
  const map = L.map(el, { minZoom: 1, maxZoom: 14, worldCopyJump: false, attributionControl: false, zoomControl: true,
    maxBounds: [[-85, -220], [85, 220]], maxBoundsViscosity: 0.8 })
  const [lat, lon, zoom] = (start ?? '').split(',').map(Number)
  if (Number.isFinite(lat) && Number.isFinite(lon) && Number.isFinite(zoom)) map.setView([lat, lon], zoom)
  else map.setView([20, 20], 2)

  // The basemap is the package's own country shapes, drawn on one canvas: no tile server.
  const topo = world as unknown as Topology
  const countries = unwrapped(feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection)
  L.geoJSON(countries, {
    interactive: false,
    renderer: L.canvas({ padding: 0.5 }),
    style: { color: '#9aa5b1', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
  } as L.GeoJSONOptions).addTo(map)

  const svg = L.svg({ padding: 0.3 })
  const layer = L.layerGroup().addTo(map)
  let selected: string | null = null

  function view() {
    const b = map.getBounds().pad(0.15)
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
    const box = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
    const cell = (CELL_PX * 360) / (256 * 2 ** map.getZoom())
    const c = map.getCenter()
    return { bbox: box.map((v) => v.toFixed(4)).join(','), cell: Number(cell.toPrecision(4)), center: `${c.lat.toFixed(3)},${c.lng.toFixed(3)},${map.getZoom()}` }
  }

  function eventMarker(e: MarkerEvent): L.Layer {
    const area = e.geo_precision >= 2
    const r = Math.min(22, 5 + 2.2 * Math.sqrt(e.fatalities))
    const m = L.circleMarker([e.latitude, e.longitude], {
      renderer: svg,
      radius: area ? r + 8 : r,
      color: typeColor(e.event_type),
      weight: area ? 1.5 : 1.2,
      dashArray: area ? '4 3' : undefined,
      fillColor: typeColor(e.event_type),
      fillOpacity: area ? 0.22 : 0.75,
      className: `event-marker${area ? ' area' : ''}`,
    })
    // Tooltips get elements, never strings: Leaflet would parse a string as HTML.
    m.bindTooltip(h('span', {}, `${summary(e)}${area ? ' (approximate location)' : ''}`), { direction: 'top' })
    m.on('click', () => on.open(e.id))
    m.on('add', () => {
      const path = m.getElement()
      if (path) {
        path.setAttribute('data-event-id', e.id)
        if (e.id === selected) path.classList.add('selected')
      }
    })
    return m
  }

  function clusterMarker(c: Cluster): L.Layer {
    const types = Object.entries(c.types).sort((a, b) => b[1] - a[1])
    const size = Math.round(22 + 7 * Math.log10(c.count))
    const box = h('div', { class: 'cluster' }, c.count >= 10000 ? `${Math.round(c.count / 1000)}k` : String(c.count))
    box.style.background = typeColor(types[0][0])
    box.style.width = box.style.height = box.style.lineHeight = `${size}px`
    const m = L.marker([c.lat, c.lon], { icon: L.divIcon({ html: box, className: 'cluster-icon', iconSize: [size, size] }), keyboard: false })
    const lines = types.map(([t, n]) => `${t}: ${n}`).join('\n')
    m.bindTooltip(h('span', {}, `${c.count} events, ${c.fatalities} fatalities\n${lines}`), { direction: 'top', className: 'pre' })
    m.on('click', () => map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2)))
    return m
  }

  let timer = 0
  map.on('moveend', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => on.moved(view()), 120)
  })

  return {
    map,
    view,
    draw(clusters) {
      layer.clearLayers()
      // Big areas first so precise points stay clickable on top of them.
      const sorted = [...clusters].sort((a, b) => (b.event?.geo_precision ?? 0) - (a.event?.geo_precision ?? 0))
      for (const c of sorted) layer.addLayer(c.event ? eventMarker(c.event) : clusterMarker(c))
    },
    fit(clusters) {
      if (!clusters.length) return
      const b = L.latLngBounds(clusters.map((c) => [c.lat, c.lon] as [number, number]))
      map.fitBounds(b.pad(0.3), { maxZoom: 7, animate: false })
    },
    focus(lat, lon) {
      map.setView([lat, lon], Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false })
    },
    select(id) {
      selected = id
      for (const p of el.querySelectorAll('.event-marker.selected')) p.classList.remove('selected')
      if (id) for (const p of el.querySelectorAll(`[data-event-id="${CSS.escape(id)}"]`)) p.classList.add('selected')
    },
  }
}
