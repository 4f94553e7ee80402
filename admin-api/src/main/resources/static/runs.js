// Runs: one van's trip. Plan it, fill it from the queue or the map, schedule it in one
// tap, print the driver's sheet, close it household by household. Shown under the queue;
// the map (map.js, with Leaflet served by evac itself) loads only when opened.
'use strict';

const RUN_STATE = { PLANNING: 'планується', SCHEDULED: 'заплановано', CLOSED: 'закрито' };
let currentRun = null;

function runsSection() {
  const section = $('runs-view');
  section.append(
    el('h2', { id: 'runs-title' }, '🚐 Рейси'),
    el('details', { id: 'run-new', class: 'card' },
      el('summary', {}, 'Новий рейс'),
      el('form', { id: 'run-form' },
        el('label', { htmlFor: 'run-date' }, 'Дата'), el('input', { id: 'run-date', type: 'date', required: true }),
        el('label', { htmlFor: 'run-settlement' }, 'Населений пункт (або коло на карті)'),
        el('input', { id: 'run-settlement', maxLength: 100, placeholder: 'напр. Бахмут' }),
        el('div', { class: 'run-row' },
          el('label', {}, 'Місць', el('input', { id: 'run-seats', type: 'number', min: 1, max: 60, value: 8, required: true })),
          el('label', {}, 'Нош', el('input', { id: 'run-stretchers', type: 'number', min: 0, max: 10, value: 0 })),
          el('label', {}, 'Радіус, км', el('input', { id: 'run-radius', type: 'number', min: 0.1, max: 100, step: 0.1, value: 5 }))),
        el('p', { id: 'run-center', class: 'refresh' }, 'Коло: торкніться карти, щоб поставити центр'),
        el('label', { htmlFor: 'run-at' }, 'Коли забираємо (київський час)'), el('input', { id: 'run-at', type: 'datetime-local' }),
        el('label', { htmlFor: 'run-place' }, 'Де забираємо'), el('input', { id: 'run-place', maxLength: 300 }),
        el('label', { htmlFor: 'run-vehicle' }, 'Транспорт'), el('input', { id: 'run-vehicle', maxLength: 100 }),
        el('label', { htmlFor: 'run-note' }, 'Примітка'), el('input', { id: 'run-note', maxLength: 1000 }),
        el('label', { htmlFor: 'run-volunteer' }, 'Хто веде (логін; інших призначає координатор)'),
        el('input', { id: 'run-volunteer', maxLength: 100, placeholder: 'ви' }),
        el('button', { id: 'run-create', type: 'submit', class: 'primary' }, 'Створити рейс'))),
    el('div', { class: 'actions' },
      el('button', { id: 'map-button', type: 'button' }, '🗺 Карта'),
      el('button', { id: 'runs-refresh', type: 'button' }, 'Оновити рейси')),
    el('div', { id: 'run-map-box', hidden: true },
      el('div', { id: 'run-map', class: 'run-map', role: 'application', 'aria-label': 'Карта заявок' }),
      el('p', { id: 'map-legend', class: 'refresh' },
        '🔴 небезпека · 🟣 ноші · 🟠 піднято · 🟡 діти · 🔵 чекають · кільце — точна точка (ваші заявки)'),
      el('div', { class: 'actions' },
        el('button', { id: 'map-add-circle', type: 'button', hidden: true }, 'Додати заявки в колі до рейсу'),
        el('button', { id: 'map-lasso', type: 'button', 'aria-pressed': 'false' }, '➰ Ласо'),
        el('button', { id: 'map-add-selection', type: 'button', hidden: true }, 'Додати вибрані до рейсу'))),
    el('div', { id: 'run-current', class: 'card', hidden: true }),
    el('ol', { id: 'runs-list', class: 'queue' }));
  $('run-form').addEventListener('submit', createRun);
  $('map-button').addEventListener('click', () => openMap());
  $('runs-refresh').addEventListener('click', loadRuns);
  $('map-add-circle').addEventListener('click', () => addCircle());
  // The runs show with the queue: app.js knows nothing of them.
  new MutationObserver(() => {
    const queueShown = !$('queue-view').hidden;
    if (queueShown && section.hidden) loadRuns();
    section.hidden = !queueShown;
  }).observe($('queue-view'), { attributes: true, attributeFilter: ['hidden'] });
  $('run-date').value = new Date().toISOString().slice(0, 10);
}

async function loadRuns() {
  try {
    const runs = await api('GET', '/api/runs?size=20');
    const list = $('runs-list');
    list.replaceChildren(...runs.map((run) => el('li', {},
      el('button', { class: 'request-card', type: 'button', 'data-run': run.id, onclick: () => showRun(run) },
        el('div', { class: 'line1' }, el('span', { class: 'number' }, run.date + ' · ' + (run.settlement || 'коло ' + (run.area ? run.area.radiusKm + ' км' : ''))),
          el('span', { class: 'badge blue' }, RUN_STATE[run.state] || run.state)),
        el('div', { class: 'meta' }, '👤 ' + run.volunteer + ' · домогосподарств: ' + run.stops.length + ' · вільних місць: ' + run.seatsLeft)))));
    if (currentRun) {
      const same = runs.find((r) => r.id === currentRun.id);
      if (same) showRun(same);
    }
  } catch (e) {
    say(e.message, true);
  }
}

function leads(run) {
  return me && (isCoordinator(me) || me.username === run.volunteer);
}

function showRun(run) {
  currentRun = run;
  const box = $('run-current');
  box.hidden = false;
  const mine = leads(run);
  const stops = el('ol', { id: 'run-stops', class: 'history' }, ...run.stops.map((s) => el('li', { 'data-request': s.requestId },
    el('strong', {}, s.number), ' · ' + (s.settlement || '') + ' · місць ' + s.seats + (s.stretchers ? ' · ноші' : '')
      + ' · ' + (STATUS[s.status] || s.status || '') + (s.outcome ? ' · ' + (s.outcome === 'EVACUATED' ? 'евакуйовано' : 'не знайшли') : ''),
    ' ',
    el('button', { type: 'button', class: 'link', onclick: () => openDetail(s.requestId) }, 'відкрити'),
    (mine && run.state !== 'CLOSED' && !s.outcome)
      ? el('button', { type: 'button', class: 'link', onclick: () => removeStop(run, s) }, 'прибрати') : null,
    (mine && run.state === 'SCHEDULED' && !s.outcome)
      ? el('select', { class: 'run-outcome', 'data-request': s.requestId, 'aria-label': 'Результат ' + s.number },
        el('option', { value: '' }, '— результат —'), el('option', { value: 'EVACUATED' }, 'евакуйовано'),
        el('option', { value: 'NOT_FOUND' }, 'не знайшли')) : null)));
  // replaceChildren would write a null as the word "null"
  box.replaceChildren(...[
    el('h3', {}, 'Рейс ' + run.date + ' · ' + (run.settlement || 'коло') + ' · ' + (RUN_STATE[run.state] || run.state)),
    el('p', { id: 'run-seats-left' }, 'Вільних місць: ' + run.seatsLeft + ' з ' + run.seats + ' · нош: ' + run.stretcherPlacesLeft + ' з ' + run.stretcherPlaces),
    el('p', { class: 'meta' }, [run.pickupAt ? 'Коли: ' + new Date(run.pickupAt).toLocaleString('uk-UA', { timeZone: 'Europe/Kyiv' }) : null,
      run.pickupPlace ? 'Де: ' + run.pickupPlace : null, run.vehicle ? '🚐 ' + run.vehicle : null, '👤 ' + run.volunteer].filter(Boolean).join(' · ')),
    run.stops.length ? stops : el('p', { class: 'empty' }, 'Ще нікого: «Підібрати» або додайте з карти'),
    (run.refused && run.refused.length) ? el('p', { class: 'error' }, 'Не вдалося: ' + run.refused.join('; ')) : null,
    mine ? el('div', { class: 'actions' },
      run.state === 'PLANNING' ? el('button', { id: 'run-suggest', type: 'button', onclick: () => runAct('POST', '/suggest') }, 'Підібрати найтерміновіших') : null,
      run.state !== 'CLOSED' && run.stops.length ? el('button', { id: 'run-schedule', type: 'button', class: 'primary', onclick: scheduleRun }, 'Запланувати всіх') : null,
      run.state === 'SCHEDULED' ? el('button', { id: 'run-close', type: 'button', onclick: closeRun }, 'Закрити рейс') : null,
      run.stops.length ? el('a', { id: 'run-sheet', href: '/api/runs/' + run.id + '/sheet', target: '_blank', rel: 'noopener' }, '🖨 Лист водія') : null,
      run.stops.length ? el('a', { href: '/api/runs/' + run.id + '/sheet.pdf', target: '_blank', rel: 'noopener' }, 'PDF') : null) : null
  ].filter(Boolean));
  $('map-add-circle').hidden = !(mine && run.state !== 'CLOSED');
  if (window.evacMap) window.evacMap.showRun(run);
}

async function runAct(method, tail) {
  if (!currentRun) return;
  try {
    showRun(await api(method, '/api/runs/' + currentRun.id + tail));
    if (window.evacMap) window.evacMap.reload();
  } catch (e) {
    say(e.message, true);
  }
}

// Once scheduled, the resident was told the pickup: taking them out tells them it is off.
function removeStop(run, stop) {
  if (run.state === 'SCHEDULED' && !confirm('Мешканцю ' + stop.number + ' повідомлять, що виїзд скасовано, і заявка повернеться в чергу. Прибрати?')) return;
  runAct('DELETE', '/requests/' + stop.requestId);
}

async function scheduleRun() {
  if (!confirm('Запланувати всіх і повідомити кожного мешканця?')) return;
  await runAct('POST', '/schedule');
  say('Рейс заплановано: мешканцям надіслано час і місце');
}

async function closeRun() {
  const outcomes = [...document.querySelectorAll('.run-outcome')]
    .filter((s) => s.value).map((s) => ({ requestId: s.getAttribute('data-request'), outcome: s.value }));
  if (!outcomes.length) { say('Оберіть результат для кожного домогосподарства', true); return; }
  try {
    showRun(await api('POST', '/api/runs/' + currentRun.id + '/close', { outcomes }));
    loadRuns();
    say('Збережено');
  } catch (e) {
    say(e.message, true);
  }
}

function kyivLocalToIso(local) {
  if (!local) return null;
  // the browser's zone may differ from Kyiv's: find Kyiv's offset at that moment
  const guess = new Date(local + 'Z');
  const kyiv = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Kyiv' }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (kyiv - utc)).toISOString();
}

async function createRun(event) {
  event.preventDefault();
  const center = window.evacMap && window.evacMap.center();
  const body = {
    date: $('run-date').value,
    settlement: $('run-settlement').value.trim() || null,
    area: center ? { lat: center.lat, lon: center.lng, radiusKm: Number($('run-radius').value) } : null,
    seats: Number($('run-seats').value),
    stretcherPlaces: Number($('run-stretchers').value || 0),
    pickupAt: kyivLocalToIso($('run-at').value),
    pickupPlace: $('run-place').value.trim() || null,
    vehicle: $('run-vehicle').value.trim() || null,
    note: $('run-note').value.trim() || null,
    volunteer: $('run-volunteer').value.trim() || null
  };
  try {
    const run = await api('POST', '/api/runs', body);
    $('run-new').open = false;
    showRun(run);
    loadRuns();
    say('Рейс створено');
  } catch (e) {
    say(e.message, true);
  }
}

// Adds every request whose marker lies in the run's circle.
async function addCircle() {
  if (!currentRun || !window.evacMap) return;
  const ids = window.evacMap.inCircle(currentRun);
  if (!ids.length) { say('У колі немає вільних заявок', true); return; }
  await addAll(ids);
}

// Adds the requests one by one; those another run or volunteer took (409), or that do not
// fit, are named with why, and the rest are added all the same.
async function addAll(ids) {
  if (!currentRun) { say('Спершу оберіть або створіть рейс', true); return; }
  const refused = [];
  let added = 0;
  for (const id of ids) {
    try {
      showRun(await api('POST', '/api/runs/' + currentRun.id + '/requests/' + id));
      added++;
    } catch (e) {
      refused.push(e.message);
    }
  }
  if (window.evacMap) window.evacMap.reload();
  say(refused.length ? 'Додано: ' + added + '. Не додано ' + refused.length + ': ' + refused.join('; ')
    : 'Додано: ' + added, refused.length > 0);
}

function loadOnce(tag, attrs) {
  return new Promise((resolve, reject) => {
    const node = Object.assign(document.createElement(tag), attrs, { onload: resolve, onerror: reject });
    document.head.append(node);
  });
}

// Leaflet and the map come only when a volunteer opens the map: the queue stays light.
async function openMap() {
  $('run-map-box').hidden = false;
  if (!window.L) {
    await loadOnce('link', { rel: 'stylesheet', href: '/webjars/leaflet/1.9.4/dist/leaflet.css' });
    await loadOnce('script', { src: '/webjars/leaflet/1.9.4/dist/leaflet.js' });
  }
  if (!window.evacMap) await loadOnce('script', { src: 'map.js' });
  window.evacMap.open($('run-map'));
  if (currentRun) window.evacMap.showRun(currentRun);
}

// The runs' tools, for the map.
window.evacRuns = {
  current: () => currentRun,
  addAll,
  add: async (requestId) => {
    if (!currentRun) { say('Спершу оберіть або створіть рейс', true); return; }
    await runAct('POST', '/requests/' + requestId);
  },
  centerChosen: (latlng) => {
    $('run-center').textContent = 'Коло: ' + latlng.lat.toFixed(4) + ', ' + latlng.lng.toFixed(4) + ' (можна лишити пункт порожнім)';
  }
};

document.addEventListener('DOMContentLoaded', runsSection);
