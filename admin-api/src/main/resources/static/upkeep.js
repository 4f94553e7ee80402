// Under the queue: everyone's personal access tokens for scripts (made and revoked here,
// the secret shown once), and for coordinators everyone's tokens to revoke and the hotlines and safer towns nobody checked
// for 90 days, to mark checked, and a safer town to retire when an evacuation order
// covers it. Uses app.js's api(), el(), say() and me.
'use strict';

(() => {
  const KIND = { hotline: 'Гаряча лінія', 'safer-town': 'Безпечніше місто' };
  const day = (iso) => (iso ? new Date(iso).toLocaleDateString('uk-UA', { timeZone: 'Europe/Kyiv' }) : '—');

  async function loadTokens() {
    const list = document.getElementById('tokens');
    const tokens = await api('GET', '/api/me/tokens');
    list.replaceChildren(...tokens.map((t) => el('li', { class: t.usable ? '' : 'muted' },
      el('strong', {}, t.name), ' · створено ', day(t.createdAt), ' · діє до ', day(t.expiresAt),
      t.revokedAt ? ' · відкликано ' + day(t.revokedAt) + (t.revokedBy ? ' (' + t.revokedBy + ')' : '') : '',
      t.usable ? el('button', { type: 'button', class: 'link', onclick: () => revoke(t) }, 'Відкликати') : null)));
    if (!tokens.length) list.replaceChildren(el('li', { class: 'muted' }, 'Токенів немає'));
  }

  // coordinators revoke anyone's token, e.g. a departed volunteer's
  async function loadAllTokens() {
    const list = document.getElementById('all-tokens');
    const tokens = (await api('GET', '/api/tokens')).filter((t) => t.usable);
    list.replaceChildren(...tokens.map((t) => el('li', {},
      el('strong', {}, t.username), ' · ', t.name, ' · діє до ', day(t.expiresAt),
      el('button', { type: 'button', class: 'link', 'data-revoke': t.id, onclick: () => revoke(t, true) }, 'Відкликати'))));
    if (!tokens.length) list.replaceChildren(el('li', { class: 'muted' }, 'Чинних токенів немає'));
  }

  async function revoke(token, anyones) {
    if (!window.confirm('Відкликати токен «' + token.name + '»? Скрипти з ним перестануть працювати.')) return;
    try {
      await api('DELETE', (anyones ? '/api/tokens/' : '/api/me/tokens/') + token.id);
      say('Токен відкликано');
      await loadTokens();
      if (coordinatorHere()) await loadAllTokens();
    } catch (e) {
      say(e.message, true);
    }
  }

  function coordinatorHere() {
    return typeof me !== 'undefined' && isCoordinator(me);
  }

  async function createToken(event) {
    event.preventDefault();
    const name = document.getElementById('token-name').value.trim();
    const days = Number(document.getElementById('token-days').value) || undefined;
    if (!name) return;
    try {
      const made = await api('POST', '/api/me/tokens', { name, days });
      // shown once: the server keeps only its hash
      const shown = document.getElementById('token-secret');
      shown.replaceChildren(el('p', {}, 'Скопіюйте токен зараз — його більше не буде показано:'),
        el('code', { class: 'secret' }, made.secret));
      shown.hidden = false;
      document.getElementById('token-name').value = '';
      await loadTokens();
      if (coordinatorHere()) await loadAllTokens();
    } catch (e) {
      say(e.message, true);
    }
  }

  async function loadDue() {
    const list = document.getElementById('due');
    const due = await api('GET', '/api/reference/unchecked');
    list.replaceChildren(...due.map((d) => el('li', {},
      el('strong', {}, KIND[d.kind] + ': ' + d.names.uk), d.phone ? ' ' + d.phone : '',
      d.area ? ' (' + d.area.uk + ')' : '',
      el('br'), el('small', {}, 'Джерело: ' + ((d.provenance && d.provenance.source) || 'не вказано') + ' · перевірено: '
        + (d.daysSinceCheck === null ? 'ніколи' : d.daysSinceCheck + ' дн. тому')),
      el('br'),
      el('button', { type: 'button', 'data-check': d.code, onclick: () => check(d) }, 'Перевірено'),
      d.kind === 'safer-town'
        ? el('button', { type: 'button', 'data-retire': d.code, onclick: () => retire(d) }, 'Наказ про евакуацію — прибрати')
        : null)));
    if (!due.length) list.replaceChildren(el('li', { class: 'muted' }, 'Усе перевірено протягом 90 днів'));
  }

  async function check(d) {
    const source = window.prompt('Де перевірили? (залиште порожнім, якщо джерело те саме)', '');
    if (source === null) return;
    const path = (d.kind === 'hotline' ? '/api/hotlines/' : '/api/safer-towns/') + encodeURIComponent(d.code) + '/checked';
    try {
      await api('POST', path, { source });
      say('Позначено як перевірене');
      await loadDue();
    } catch (e) {
      say(e.message, true);
    }
  }

  async function retire(d) {
    const source = window.prompt('«' + d.names.uk + '» під обов\u2019язковою евакуацією: більше не пропонувати мешканцям. '
      + 'Де оголошено наказ?', '');
    if (source === null) return;
    try {
      await api('POST', '/api/safer-towns/' + encodeURIComponent(d.code) + '/evacuation-order', { source });
      say('«' + d.names.uk + '» більше не пропонується');
      await loadDue();
    } catch (e) {
      say(e.message, true);
    }
  }

  function opened() {
    document.getElementById('token-secret').hidden = true;
    loadTokens().catch((e) => say(e.message, true));
    const coordinator = coordinatorHere();
    document.getElementById('due-part').hidden = !coordinator;
    if (coordinator) {
      loadDue().catch((e) => say(e.message, true));
      loadAllTokens().catch((e) => say(e.message, true));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const queue = document.getElementById('queue-view');
    const upkeep = document.getElementById('upkeep-view');
    document.getElementById('token-form').addEventListener('submit', createToken);
    // shown with the queue, which app.js shows and hides
    new MutationObserver(() => {
      const wasHidden = upkeep.hidden;
      upkeep.hidden = queue.hidden;
      if (wasHidden && !upkeep.hidden) opened();
    }).observe(queue, { attributes: true, attributeFilter: ['hidden'] });
  });
})();
