// The volunteers' page: a small layer over the admin API. The session comes from the
// login form; every change carries the CSRF token from the XSRF-TOKEN cookie.
'use strict';

/** An admin has every right of a coordinator (and manages teams besides). */
function isCoordinator(account) {
  return !!account && (account.role === 'COORDINATOR' || account.role === 'ADMIN');
}

const STATUS = {
  NEW: 'Нова', IN_PROGRESS: 'В роботі', SCHEDULED: 'Запланована', DEFERRED: 'Відкладена',
  EVACUATED: 'Евакуйовано', SELF_EVACUATED: 'Виїхали самі', CANCELLED: 'Скасована', UNREACHABLE: 'Недосяжні'
};
const ACTION = {
  IN_PROGRESS: 'В роботу', SCHEDULED: 'Запланувати', EVACUATED: 'Евакуйовано',
  CANCELLED: 'Скасувати заявку', UNREACHABLE: 'Не вдалося зв\u2019язатися'
};
const NEED = {
  ELDERLY: 'літня людина', BEDRIDDEN: 'лежача', DISABILITY: 'інвалідність', MEDICAL: 'ліки/догляд',
  PREGNANCY: 'вагітність', PETS: 'тварини'
};
// Why a request is where it is in the queue (see Urgency), shown on its row.
const RANKED_FOR = {
  DANGER_NOW: '🔥 небезпека зараз', STRETCHER: '🛏 потрібні ноші', RAISED: '⚠ піднято', CHILDREN: '🧒 діти', WAITING: '⏱ час очікування'
};
// The answers beyond the fields, by question id: a label, and labels of the values.
// A question not listed here is still shown, under its id.
const ANSWER = {
  who: ['Для кого', { SELF: 'для себе', SOMEONE_ELSE: 'для іншої людини (подав родич чи сусід)' }],
  name: ['Кого забрати'],
  'filer-phone': ['Телефон того, хто подав'],
  'no-phone': ['Телефону немає', { true: 'так' }],
  mobility: ['Пересування', { WALKS: 'ходять самі', STAIRS_HELP: 'допомога на сходах', WHEELCHAIR: 'інвалідний візок', STRETCHER: 'лежача, потрібні ноші' }],
  floor: ['Поверх'],
  lift: ['Ліфт працює', { true: 'так', false: 'ні / немає' }],
  'pet-count': ['Тварин'],
  'pet-kinds': ['Які тварини', { CAT: 'коти', DOG: 'собаки', OTHER: 'інші' }],
  danger: ['Пряма небезпека зараз', { true: 'так', false: 'ні' }],
  ready: ['Готові', { NOW: 'зараз', WITHIN_DAY: 'протягом доби', LATER: 'пізніше' }],
  'crew-note': ['Для екіпажу']
};
const ATTACHMENT = {
  voice: 'голосове повідомлення', photo: 'фото', video: 'відео', video_note: 'відеоповідомлення', audio: 'аудіо', document: 'документ'
};
const REFRESH_MS = 20000;
const OPEN = ['NEW', 'IN_PROGRESS', 'SCHEDULED', 'DEFERRED'];

const $ = (id) => document.getElementById(id);
let me = null;
let current = null;
let targetStatus = null;
let timer = null;

function csrf() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function api(method, path, body) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrf();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (response.status === 401 && path !== '/login') {
    showLogin();
    throw new Error('Увійдіть знову');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error((data && (data.detail || data.title)) || ('Помилка ' + response.status));
  }
  return data;
}

let quiet;
// A short word at the bottom of the screen; it never covers a button for long.
function say(text, bad) {
  const notice = $('notice');
  notice.textContent = text;
  notice.className = bad ? 'notice bad' : 'notice';
  notice.hidden = !text;
  clearTimeout(quiet);
  if (text) quiet = setTimeout(() => { notice.hidden = true; }, bad ? 10000 : 5000);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') node.className = v; else if (k.startsWith('data-')) node.setAttribute(k, v); else node[k] = v;
  });
  children.flat().forEach((c) => { if (c !== null && c !== undefined) node.append(c); });
  return node;
}

function show(view) {
  ['login-view', 'password-view', 'queue-view', 'detail-view'].forEach((id) => { $(id).hidden = id !== view; });
  $('back-button').hidden = view !== 'detail-view';
}

function showLogin() {
  me = null;
  clearInterval(timer);
  $('whoami').textContent = '';
  $('logout-button').hidden = true;
  $('password-button').hidden = true;
  show('login-view');
  $('username').focus();
}

// A fresh CSRF token comes with any answer, even a 401.
async function freshToken() {
  await fetch('/api/me', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
}

async function login(event) {
  event.preventDefault();
  $('login-error').hidden = true;
  if (!csrf()) await freshToken();
  const form = new URLSearchParams({ username: $('username').value.trim(), password: $('password').value });
  const response = await fetch('/login', {
    method: 'POST', credentials: 'same-origin', body: form,
    headers: { 'X-XSRF-TOKEN': csrf(), 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    $('login-error').textContent = response.status === 429
      ? 'Забагато невдалих спроб. Спробуйте за хвилину.'
      : (response.status === 401 ? 'Невірний користувач або пароль' : (problem && problem.detail) || 'Не вдалося увійти');
    $('login-error').hidden = false;
    return;
  }
  $('password').value = '';
  started(await response.json());
}

function started(account) {
  me = account;
  $('whoami').textContent = account.username + (isCoordinator(account) ? ' · координатор' : '');
  $('logout-button').hidden = false;
  $('password-button').hidden = false;
  if (account.mustChangePassword) showPasswordForm(); else openQueue();
}

// A generated password must be changed before anything else; anyone may change theirs.
function showPasswordForm() {
  clearInterval(timer);
  $('password-due').hidden = !me.mustChangePassword;
  $('password-error').hidden = true;
  show('password-view');
  $('current-password').focus();
}

async function changePassword(event) {
  event.preventDefault();
  try {
    await api('POST', '/api/me/password', { current: $('current-password').value, next: $('new-password').value });
  } catch (e) {
    $('password-error').textContent = e.message;
    $('password-error').hidden = false;
    return;
  }
  $('current-password').value = '';
  $('new-password').value = '';
  me.mustChangePassword = false;
  say('Пароль змінено');
  openQueue();
}

async function logout() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrf() } });
  await freshToken();
  say('');
  showLogin();
}

function waited(minutes) {
  if (minutes < 60) return minutes + ' хв';
  if (minutes < 48 * 60) return Math.floor(minutes / 60) + ' год';
  return Math.floor(minutes / 1440) + ' дн';
}

function badges(r) {
  const list = [];
  if (r.needsAttention) list.push(el('span', { class: 'badge red' }, '⚠ потребує уваги'));
  if (r.stale) list.push(el('span', { class: 'badge red' }, 'давно без руху'));
  if (r.telegramUnreachable) list.push(el('span', { class: 'badge red' }, 'лише дзвінок'));
  if (r.residentWaiting && OPEN.includes(r.status)) list.push(el('span', { class: 'badge orange' }, '✉ мешканець написав'));
  if (r.possibleDuplicate) list.push(el('span', { class: 'badge' }, 'можливий дублікат'));
  if (r.noTeam) list.push(el('span', { class: 'badge red' }, 'жодна команда не охоплює це місце'));
  list.push(el('span', { class: 'badge blue' }, STATUS[r.status] || r.status));
  if (r.claimedBy) list.push(el('span', { class: 'badge' }, '👤 ' + r.claimedBy));
  return list;
}

function answerText(id, value) {
  const labels = (ANSWER[id] || [])[1] || {};
  const one = (v) => labels[String(v)] || String(v);
  return Array.isArray(value) ? value.map(one).join(', ') : one(value);
}

function answers(dl, r) {
  Object.entries(r.answers || {}).forEach(([id, value]) => {
    const phone = id === 'filer-phone' && r.personal;
    fact(dl, (ANSWER[id] || [id])[0], phone ? el('a', { href: 'tel:' + value }, value) : answerText(id, value));
  });
}

function people(n) {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  return n + (last === 1 && !teen ? ' особа' : (last >= 2 && last <= 4 && !teen ? ' особи' : ' осіб'));
}

function household(r) {
  const needs = (r.needs || []).map((n) => NEED[n] || n);
  return people(r.householdSize) + (r.children ? ', дітей: ' + r.children : '') + (needs.length ? ' · ' + needs.join(', ') : '');
}

function openQueue() {
  current = null;
  show('queue-view');
  loadQueue();
  clearInterval(timer);
  timer = setInterval(() => { if (!document.hidden && me) (current ? refreshDetail() : loadQueue()); }, REFRESH_MS);
}

async function loadQueue() {
  const params = new URLSearchParams({ size: '100' });
  if ($('filter-status').value) params.set('status', $('filter-status').value);
  if ($('filter-claimed').value) params.set('claimedBy', $('filter-claimed').value);
  if ($('filter-q').value.trim()) params.set('q', $('filter-q').value.trim());
  try {
    const page = await api('GET', '/api/requests?' + params);
    const queue = $('queue');
    queue.replaceChildren(...page.content.map((r) => el('li', {},
      el('button', {
        type: 'button', 'data-number': r.number, 'data-id': r.id,
        class: 'request-card' + (r.needsAttention || r.stale ? ' urgent' : (r.priority > 0 ? ' priority' : '')),
        onclick: () => openDetail(r.id)
      },
      el('span', { class: 'line1' }, el('span', { class: 'number' }, r.number),
        el('span', {}, (r.settlement || '?') + (r.oblast ? ', ' + r.oblast : ''))),
      el('span', { class: 'meta' }, household(r) + ' · чекає ' + waited(r.waitingMinutes)),
      el('span', { class: 'meta ranked-for', 'data-ranked-for': r.rankedFor }, 'У черзі: ' + (RANKED_FOR[r.rankedFor] || r.rankedFor)),
      el('span', { class: 'badges' }, badges(r))))));
    if (!page.content.length) queue.replaceChildren(el('li', { class: 'empty' }, 'Заявок немає'));
    $('queue-count').textContent = '(' + page.totalElements + ')';
    $('refreshed-at').textContent = 'оновлено ' + new Date().toLocaleTimeString('uk-UA');
  } catch (e) {
    say(e.message, true);
  }
}

async function openDetail(id) {
  targetStatus = null;
  try {
    render(await api('GET', '/api/requests/' + encodeURIComponent(id)));
    show('detail-view');
    window.scrollTo(0, 0);
    $('detail-title').focus();
  } catch (e) {
    say(e.message, true);
  }
}

async function refreshDetail() {
  if (!current) return;
  try {
    render(await api('GET', '/api/requests/' + current.id));
  } catch (e) {
    say(e.message, true);
  }
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString('uk-UA', { timeZone: 'Europe/Kyiv', dateStyle: 'short', timeStyle: 'short' }) : '';
}

function fact(dl, name, value) {
  if (value === null || value === undefined || value === '') return;
  dl.append(el('dt', {}, name), el('dd', {}, value));
}

function render(r) {
  current = r;
  $('detail-title').textContent = r.number + ' · ' + (r.settlement || '?');
  $('detail-title').tabIndex = -1;
  $('detail-badges').replaceChildren(...badges(r));
  const facts = $('detail-facts');
  facts.replaceChildren();
  fact(facts, 'Населений пункт', (r.settlement || '?') + (r.oblast ? ', ' + r.oblast : ''));
  if (r.personal) {
    fact(facts, 'Адреса', r.address);
    if (r.phone) fact(facts, 'Телефон', el('a', { href: 'tel:' + r.phone }, r.phone));
    if (r.secondPhone) fact(facts, 'Інший телефон', el('a', { href: 'tel:' + r.secondPhone }, r.secondPhone));
    if (r.location) {
      fact(facts, 'Місце на мапі', el('a', {
        href: r.location.mapUrl,
        target: '_blank', rel: 'noopener'
      }, r.location.lat.toFixed(5) + ', ' + r.location.lon.toFixed(5)));
      // how far the shared point is from the settlement named (none if that has only its hromada's centroid)
      if (r.location.distanceKm != null) {
        fact(facts, 'Від точки до н. п.', r.location.distanceKm.toLocaleString('uk-UA') + ' км до ' + (r.settlement || '?'));
      }
    }
  } else {
    fact(facts, 'Адреса й телефон', 'видно тому, хто взяв заявку');
  }
  fact(facts, 'Хто їде', household(r));
  fact(facts, 'У черзі', RANKED_FOR[r.rankedFor] || r.rankedFor);
  answers(facts, r);
  if (r.destination) {
    fact(facts, 'Куди', r.destination.kind === 'UNDECIDED' ? 'ще не вирішили' : [r.destination.town, r.destination.oblast].filter(Boolean).join(', '));
  }
  if (r.accommodationNeeded !== null) fact(facts, 'Житло', r.accommodationNeeded ? 'потрібне' : 'є де жити');
  if (r.pickup) fact(facts, 'Забираємо', [when(r.pickup.at), r.pickup.place].filter(Boolean).join(' · '));
  fact(facts, 'Подано', when(r.createdAt) + ' (чекає ' + waited(r.waitingMinutes) + ')');
  fact(facts, 'Мова', r.language);
  if (r.mergedInto) fact(facts, 'Об\u2019єднано з', r.mergedInto);

  const mine = r.claimedBy === me.username;
  const open = OPEN.includes(r.status);
  const canWork = isCoordinator(me) || mine;
  $('claim-button').hidden = !open || !!r.claimedBy;
  $('release-button').hidden = !open || !r.claimedBy || !(mine || isCoordinator(me));
  $('status-actions').hidden = !canWork || !r.allowedStatuses.length;
  $('status-buttons').replaceChildren(...r.allowedStatuses
    .filter((s) => ACTION[s])
    .map((s) => el('button', { type: 'button', 'data-status': s, onclick: () => chooseStatus(s) },
      s === 'IN_PROGRESS' && r.status === 'SCHEDULED' ? 'Назад у роботу' : ACTION[s])));
  // a refresh keeps a status change the volunteer is in the middle of
  if (!(targetStatus && r.allowedStatuses.includes(targetStatus))) {
    targetStatus = null;
    $('status-form').hidden = true;
  }
  $('message-form').hidden = !canWork || !r.personal;
  $('note-form').hidden = !canWork;

  const thread = $('thread');
  thread.replaceChildren(...r.thread.map((m) => el('li', { class: m.from === 'RESIDENT' ? 'resident' : 'volunteer' },
    el('span', { class: 'who' }, (m.from === 'RESIDENT' ? 'Мешканець' : m.by) + ' · ' + when(m.at)), m.text,
    m.attachment ? el('a', { class: 'attachment', href: '/api/requests/' + r.id + '/thread/' + encodeURIComponent(m.id) + '/file', target: '_blank', rel: 'noopener' },
      '📎 ' + (ATTACHMENT[m.attachment.kind] || m.attachment.kind)) : null)));
  if (!r.thread.length) {
    thread.append(el('li', { class: 'empty' }, r.threadSize ? 'Повідомлень: ' + r.threadSize + ' (видно тому, хто взяв заявку)' : 'Поки немає повідомлень'));
  }
  $('notes').replaceChildren(...r.notes.map((n) => el('li', {}, el('span', { class: 'who' }, n.by + ' · ' + when(n.at)), n.text)));
  if (!r.notes.length) $('notes').append(el('li', { class: 'empty' }, r.notesSize ? 'Нотаток: ' + r.notesSize : 'Немає'));
  $('duplicates').replaceChildren(...r.possibleDuplicates.map((d) => el('li', {},
    el('button', { type: 'button', class: 'link', onclick: () => openDetail(d.id) }, d.number), d.reason ? ' — ' + (d.reason === 'same phone' ? 'той самий телефон' : 'та сама адреса') : '',
    isCoordinator(me) && open ? el('button', { type: 'button', onclick: () => merge(d) }, 'Об\u2019єднати: лишити ' + d.number) : null)));
  if (!r.possibleDuplicates.length) $('duplicates').append(el('li', { class: 'empty' }, 'Немає'));
  $('history').replaceChildren(...r.history.slice().reverse().map((h) => el('li', {},
    el('span', { class: 'who' }, when(h.at) + ' · ' + h.by), (h.from ? (STATUS[h.from] || h.from) + ' → ' : '') + (STATUS[h.to] || h.to) + (h.note ? ' — ' + h.note : ''))));
}

// The pickup time is typed in Kyiv time, whatever the zone of the device.
function kyivToIso(local) {
  const asUtc = new Date(local + ':00Z');
  const inKyiv = new Date(asUtc.toLocaleString('en-US', { timeZone: 'Europe/Kyiv' }));
  const inUtc = new Date(asUtc.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(asUtc.getTime() - (inKyiv - inUtc)).toISOString();
}

function chooseStatus(status) {
  targetStatus = status;
  $('status-target').textContent = STATUS[status] || status;
  $('pickup-fields').hidden = status !== 'SCHEDULED';
  $('status-form').hidden = false;
  (status === 'SCHEDULED' ? $('pickup-at') : $('status-note')).focus();
}

async function act(doing, done) {
  try {
    render(await doing());
    say(done);
  } catch (e) {
    say(e.message, true);
    refreshDetail();
  }
}

function confirmStatus() {
  const body = { status: targetStatus };
  if ($('status-note').value.trim()) body.note = $('status-note').value.trim();
  if (targetStatus === 'SCHEDULED') {
    if ($('pickup-at').value) body.pickupAt = kyivToIso($('pickup-at').value);
    if ($('pickup-place').value.trim()) body.pickupPlace = $('pickup-place').value.trim();
  }
  const chosen = targetStatus;
  targetStatus = null;
  act(() => api('POST', '/api/requests/' + current.id + '/status', body), 'Статус змінено: ' + (STATUS[chosen] || chosen) + '. Мешканцю повідомлено.')
    .then(() => { $('status-note').value = ''; $('pickup-at').value = ''; $('pickup-place').value = ''; });
}

function merge(duplicate) {
  if (!window.confirm('Закрити ' + current.number + ' і лишити ' + duplicate.number + '?')) return;
  act(() => api('POST', '/api/requests/' + current.id + '/merge', { into: duplicate.id }), 'Об\u2019єднано');
}

document.addEventListener('DOMContentLoaded', async () => {
  $('login-form').addEventListener('submit', login);
  $('logout-button').addEventListener('click', logout);
  $('password-button').addEventListener('click', showPasswordForm);
  $('password-form').addEventListener('submit', changePassword);
  $('back-button').addEventListener('click', openQueue);
  ['filter-status', 'filter-claimed'].forEach((id) => $(id).addEventListener('change', loadQueue));
  let typing;
  $('filter-q').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(loadQueue, 300); });
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); loadQueue(); });
  $('claim-button').addEventListener('click', () => act(() => api('POST', '/api/requests/' + current.id + '/claim'), 'Заявка ваша'));
  $('release-button').addEventListener('click', () => act(() => api('POST', '/api/requests/' + current.id + '/release'), 'Заявку відпущено'));
  $('confirm-status').addEventListener('click', confirmStatus);
  $('cancel-status').addEventListener('click', () => { $('status-form').hidden = true; });
  $('message-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('message-text').value.trim();
    if (!text) return;
    act(() => api('POST', '/api/requests/' + current.id + '/messages', { text }), 'Надіслано мешканцю')
      .then(() => { if (!$('notice').classList.contains('bad')) $('message-text').value = ''; });
  });
  $('note-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('note-text').value.trim();
    if (!text) return;
    act(() => api('POST', '/api/requests/' + current.id + '/notes', { text }), 'Нотатку додано')
      .then(() => { $('note-text').value = ''; });
  });
  try {
    started(await api('GET', '/api/me'));
  } catch (e) {
    showLogin();
  }
});
