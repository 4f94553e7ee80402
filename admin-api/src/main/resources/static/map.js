// The map of open requests (Leaflet, served by evac). OpenStreetMap tiles come from the
// volunteer's browser; without a network the markers still show on a plain background.
// Everyone's requests sit at their settlement's point; yours at the point the resident
// shared (a ring marks an exact point).
'use strict';

(function () {
  const COLOUR = { DANGER_NOW: '#b00020', STRETCHER: '#7b1fa2', RAISED: '#e37400', CHILDREN: '#f2c200', WAITING: '#0057b7' };
  let map = null;
  let layer = null;
  let circle = null;
  let chosenCenter = null;
  let markers = [];

  function open(node) {
    if (!map) {
      map = L.map(node, { zoomControl: true }).setView([48.6, 37.8], 9);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 18, attribution: '© OpenStreetMap'
      }).addTo(map);
      layer = L.layerGroup().addTo(map);
      map.on('click', (e) => {
        chosenCenter = e.latlng;
        drawCircle(e.latlng, Number(document.getElementById('run-radius').value || 5));
        window.evacRuns.centerChosen(e.latlng);
      });
    }
    setTimeout(() => map.invalidateSize(), 0);
    reload();
  }

  async function reload() {
    if (!map) return;
    try {
      const data = await api('GET', '/api/map/markers');
      markers = data.markers;
      layer.clearLayers();
      // settlement-level markers share a point: spread them a little so each can be tapped
      const seen = {};
      markers.forEach((m) => {
        const key = m.lat.toFixed(4) + ',' + m.lon.toFixed(4);
        const n = seen[key] = (seen[key] || 0) + 1;
        const angle = n * 2.4;
        const spread = m.exact ? 0 : 0.0015 * Math.sqrt(n - 1);
        const at = [m.lat + spread * Math.sin(angle), m.lon + spread * Math.cos(angle)];
        const marker = L.circleMarker(at, {
          radius: m.exact ? 10 : 8, color: m.exact ? '#000' : '#fff', weight: m.exact ? 3 : 1,
          fillColor: COLOUR[m.reason] || '#5f6368', fillOpacity: m.runId ? 0.35 : 0.9
        });
        marker.bindPopup(() => popup(m));
        marker.addTo(layer);
      });
      if (markers.length && !circle) map.fitBounds(markers.map((m) => [m.lat, m.lon]), { maxZoom: 12, padding: [20, 20] });
      const legend = document.getElementById('map-legend');
      legend.dataset.markers = String(markers.length);
    } catch (e) {
      say(e.message, true);
    }
  }

  function popup(m) {
    const run = window.evacRuns.current();
    const box = el('div', { class: 'map-popup' },
      el('strong', {}, m.number), el('br'), (m.settlement || '') + ' · місць ' + m.seats + (m.stretchers ? ' · ноші' : ''),
      el('br'), (STATUS[m.status] || m.status) + (m.claimedBy ? ' · 👤 ' + m.claimedBy : '') + (m.runId ? ' · у рейсі' : ''),
      el('br'),
      el('button', { type: 'button', class: 'link', onclick: () => openDetail(m.id) }, 'Відкрити'));
    if (run && run.state !== 'CLOSED' && !m.runId) {
      box.append(el('button', { type: 'button', class: 'link map-add', onclick: () => { map.closePopup(); window.evacRuns.add(m.id); } }, 'До рейсу'));
    }
    return box;
  }

  function drawCircle(center, km) {
    if (circle) circle.remove();
    circle = L.circle(center, { radius: km * 1000, color: '#0057b7', fillOpacity: 0.08 }).addTo(map);
  }

  function showRun(run) {
    if (!map) return;
    if (run.area) {
      drawCircle([run.area.lat, run.area.lon], run.area.radiusKm);
      map.fitBounds(circle.getBounds());
    }
  }

  // The free requests whose markers lie in the run's circle (or the circle last drawn).
  function inCircle(run) {
    if (!circle && !run.area) return [];
    const center = run.area ? L.latLng(run.area.lat, run.area.lon) : circle.getLatLng();
    const radius = run.area ? run.area.radiusKm * 1000 : circle.getRadius();
    return markers.filter((m) => !m.runId && (!m.claimedBy || m.claimedBy === me.username))
      .filter((m) => center.distanceTo([m.lat, m.lon]) <= radius).map((m) => m.id);
  }

  window.evacMap = { open, reload, showRun, inCircle, center: () => chosenCenter };
}());
