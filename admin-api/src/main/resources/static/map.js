// The map of open requests (Leaflet, served by evac). OpenStreetMap tiles come from the
// volunteer's browser; without a network the markers still show on a plain background.
// Everyone's requests sit at their settlement's point; yours at the point the resident
// shared (a ring marks an exact point). Markers are SVG circles (no icon images), grouped
// into one circle with a count where they would overlap; the queue's filters apply.
// A tap on the map puts the run's circle there; the lasso selects markers by hand.
'use strict';

(function () {
  const COLOUR = { DANGER_NOW: '#b00020', STRETCHER: '#7b1fa2', RAISED: '#e37400', CHILDREN: '#f2c200', WAITING: '#0057b7' };
  // markers nearer than this on the screen are drawn as one group, as Leaflet.markercluster
  // does; past this zoom every marker shows alone (a street's households can be told apart)
  const GROUP_PX = 40;
  const GROUP_BELOW_ZOOM = 14;
  let map = null;
  let layer = null;
  let circle = null;
  let chosenCenter = null;
  let markers = [];
  let lassoOn = false;
  let lassoLine = null;
  let selection = [];

  function open(node) {
    if (!map) {
      map = L.map(node, { zoomControl: true }).setView([48.6, 37.8], 9);
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 18, attribution: '© OpenStreetMap'
      }).addTo(map);
      layer = L.layerGroup().addTo(map);
      map.on('click', (e) => {
        if (lassoOn) return;
        chosenCenter = e.latlng;
        drawCircle(e.latlng, Number(document.getElementById('run-radius').value || 5));
        window.evacRuns.centerChosen(e.latlng);
      });
      map.on('zoomend', draw);
      lassoTool(node);
      // the queue's filters are the map's too
      ['filter-status', 'filter-claimed'].forEach((id) => document.getElementById(id).addEventListener('change', reload));
    }
    // the box was hidden until now: Leaflet measured nothing then
    map.invalidateSize();
    reload();
  }

  function filters() {
    const params = new URLSearchParams();
    const status = document.getElementById('filter-status').value;
    const claimed = document.getElementById('filter-claimed').value;
    if (status) params.set('status', status);
    if (claimed) params.set('claimedBy', claimed);
    return params.toString();
  }

  async function reload() {
    if (!map) return;
    try {
      const query = filters();
      const data = await api('GET', '/api/map/markers' + (query ? '?' + query : ''));
      markers = spread(data.markers);
      // without animation: the zoom ends, and the markers are drawn, before this returns
      if (markers.length && !circle) map.fitBounds(markers.map((m) => m.at), { maxZoom: 12, padding: [20, 20], animate: false });
      draw();
    } catch (e) {
      say(e.message, true);
    }
  }

  // Settlement-level markers share a point: spread them a little so each can be tapped.
  function spread(list) {
    const seen = {};
    return list.map((m) => {
      const key = m.lat.toFixed(4) + ',' + m.lon.toFixed(4);
      const n = seen[key] = (seen[key] || 0) + 1;
      const angle = n * 2.4;
      const away = m.exact ? 0 : 0.0015 * Math.sqrt(n - 1);
      return Object.assign({}, m, { at: L.latLng(m.lat + away * Math.sin(angle), m.lon + away * Math.cos(angle)) });
    });
  }

  // Most urgent first (the server's order): each marker joins the first group whose first
  // marker is near on the screen, else starts one, so the group takes the urgent colour.
  function groups() {
    if (map.getZoom() >= GROUP_BELOW_ZOOM) return markers.map((m) => [m]);
    const found = [];
    markers.forEach((m) => {
      const px = map.latLngToLayerPoint(m.at);
      const near = found.find((g) => g.px.distanceTo(px) < GROUP_PX);
      if (near) near.members.push(m); else found.push({ px, members: [m] });
    });
    return found.map((g) => g.members);
  }

  function draw() {
    if (!map) return;
    layer.clearLayers();
    let grouped = 0;
    groups().forEach((members) => {
      if (members.length === 1) {
        markerOf(members[0]).addTo(layer);
      } else {
        grouped++;
        groupOf(members).addTo(layer);
      }
    });
    const legend = document.getElementById('map-legend');
    legend.dataset.markers = String(markers.length);
    legend.dataset.groups = String(grouped);
    legend.dataset.zoom = String(map.getZoom());
  }

  function markerOf(m) {
    const marker = L.circleMarker(m.at, {
      radius: m.exact ? 10 : 8, color: m.exact ? '#000' : '#fff', weight: m.exact ? 3 : 1,
      fillColor: COLOUR[m.reason] || '#5f6368', fillOpacity: m.runId ? 0.35 : 0.9,
      bubblingMouseEvents: false, className: 'map-marker'
    });
    marker.on('add', () => marker.getElement().setAttribute('data-request', m.number));
    marker.bindPopup(() => popup(m));
    return marker;
  }

  // A tap on a group zooms in to its households.
  function groupOf(members) {
    const bounds = L.latLngBounds(members.map((m) => m.at));
    const group = L.circleMarker(bounds.getCenter(), {
      radius: 14 + Math.min(10, Math.round(Math.log2(members.length) * 3)), color: '#fff', weight: 2,
      fillColor: COLOUR[members[0].reason] || '#5f6368', fillOpacity: 0.85,
      bubblingMouseEvents: false, className: 'map-group'
    });
    group.bindTooltip(String(members.length), { permanent: true, direction: 'center', className: 'map-count' });
    group.on('add', () => group.getElement().setAttribute('data-count', String(members.length)));
    group.on('click', () => map.flyToBounds(bounds.pad(0.5), { maxZoom: GROUP_BELOW_ZOOM, duration: 0.3 }));
    return group;
  }

  function popup(m) {
    const run = window.evacRuns.current();
    const box = el('div', { class: 'map-popup' },
      el('strong', {}, m.number), el('br'), (m.settlement || '') + ' · місць ' + m.seats + (m.stretchers ? ' · ноші' : ''),
      el('br'), (STATUS[m.status] || m.status) + (m.claimedBy ? ' · 👤 ' + m.claimedBy : '') + (m.runId ? ' · у рейсі' : ''),
      el('br'),
      el('button', { type: 'button', class: 'link', onclick: () => { map.closePopup(); openDetail(m.id); } }, 'Відкрити'));
    if (run && run.state !== 'CLOSED' && !m.runId) {
      box.append(el('button', { type: 'button', class: 'link map-add', onclick: () => { map.closePopup(); window.evacRuns.add(m.id); } }, 'До рейсу'));
    }
    return box;
  }

  function drawCircle(center, km) {
    if (circle) circle.remove();
    circle = L.circle(center, { radius: km * 1000, color: '#0057b7', fillOpacity: 0.08, interactive: false }).addTo(map);
  }

  function showRun(run) {
    if (!map) return;
    if (run.area) {
      drawCircle([run.area.lat, run.area.lon], run.area.radiusKm);
      map.fitBounds(circle.getBounds(), { animate: false });
    }
  }

  // Free requests: in no run, and unclaimed or the caller's own.
  function free(m) {
    return !m.runId && (!m.claimedBy || m.claimedBy === me.username);
  }

  // The free requests whose markers lie in the run's circle (or the circle last drawn).
  function inCircle(run) {
    if (!circle && !run.area) return [];
    const center = run.area ? L.latLng(run.area.lat, run.area.lon) : circle.getLatLng();
    const radius = run.area ? run.area.radiusKm * 1000 : circle.getRadius();
    return markers.filter(free).filter((m) => center.distanceTo([m.lat, m.lon]) <= radius).map((m) => m.id);
  }

  // The lasso: while on, a finger (or mouse) drawn over the map rings the markers to add.
  function lassoTool(node) {
    const button = document.getElementById('map-lasso');
    const add = document.getElementById('map-add-selection');
    button.addEventListener('click', () => setLasso(!lassoOn, node));
    add.addEventListener('click', async () => {
      await window.evacRuns.addAll(selection);
      selection = [];
      add.hidden = true;
      if (lassoLine) { lassoLine.remove(); lassoLine = null; }
    });
    let drawing = null;
    node.addEventListener('pointerdown', (e) => {
      if (!lassoOn) return;
      e.preventDefault();
      drawing = [map.mouseEventToLatLng(e)];
      if (lassoLine) lassoLine.remove();
      lassoLine = L.polyline(drawing, { color: '#e37400', weight: 3, dashArray: '6 6', interactive: false }).addTo(map);
    });
    node.addEventListener('pointermove', (e) => {
      if (!lassoOn || !drawing) return;
      drawing.push(map.mouseEventToLatLng(e));
      lassoLine.setLatLngs(drawing);
    });
    const finish = () => {
      if (!drawing) return;
      const ring = drawing.map((p) => map.latLngToLayerPoint(p));
      drawing = null;
      selection = markers.filter(free).filter((m) => inside(map.latLngToLayerPoint(m.at), ring)).map((m) => m.id);
      add.textContent = 'Додати вибрані (' + selection.length + ') до рейсу';
      add.hidden = selection.length === 0;
      // after the click that ends this gesture, so that click does not move the circle
      setTimeout(() => setLasso(false, node), 0);
    };
    node.addEventListener('pointerup', finish);
    node.addEventListener('pointercancel', finish);
  }

  function setLasso(on, node) {
    lassoOn = on;
    const button = document.getElementById('map-lasso');
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Ласо: обведіть заявки пальцем' : '➰ Ласо';
    if (on) { map.dragging.disable(); node.style.touchAction = 'none'; } else { map.dragging.enable(); node.style.touchAction = ''; }
  }

  // Ray casting: whether a point lies inside the drawn ring.
  function inside(p, ring) {
    let within = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if ((a.y > p.y) !== (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) within = !within;
    }
    return within;
  }

  window.evacMap = { open, reload, showRun, inCircle, center: () => chosenCenter };
}());
