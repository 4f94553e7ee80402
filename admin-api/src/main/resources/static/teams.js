// Teams by area (issue 16): the caller's team beside their name, the "no team" flag in
// the queue (app.js), and for admins a panel to make, change and delete teams.
'use strict';

(function () {
  const loggedOut = showLogin;
  showLogin = function () {
    loggedOut();
    $('teams-view').hidden = true;
    if ($('telegram-button')) $('telegram-button').remove();
  };
  const shown = started;
  // app.js calls started() after login and on load; the team comes with it.
  started = function (account) {
    shown(account);
    api('GET', '/api/me').then(showTeams).catch(() => {});
  };

  // Linking the account to Telegram: a one-time code to send to the bot privately.
  async function telegramLink() {
    try {
      const state = await api('GET', '/api/me/telegram');
      if (state.linked) {
        if (!confirm('Обліковий запис прив’язано до Telegram. Відв’язати?')) return;
        await api('DELETE', '/api/me/telegram');
        say('Telegram відв’язано');
        return;
      }
      const code = await api('POST', '/api/me/telegram/code');
      say('Надішліть боту в особистий чат код ' + code.code + ' (діє 15 хвилин)');
    } catch (e) {
      say(e.message, true);
    }
  }

  function telegramButton() {
    if ($('telegram-button')) return;
    const button = el('button', { id: 'telegram-button', type: 'button', class: 'link', onclick: telegramLink }, 'Telegram');
    $('password-button').before(button);
  }

  function showTeams(account) {
    telegramButton();
    const names = (account.teams || []).map((t) => t.name);
    const role = { ADMIN: ' · адміністратор', COORDINATOR: ' · координатор' }[account.role] || '';
    $('whoami').textContent = account.username + role + (names.length ? ' · ' + names.join(', ') : '');
    $('teams-view').hidden = account.role !== 'ADMIN';
    if (account.role === 'ADMIN') loadTeams();
  }

  const list = (text) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

  async function loadTeams() {
    const teams = await api('GET', '/api/teams');
    $('teams').replaceChildren(...teams.map((t) => el('li', { class: 'card' },
      el('strong', {}, t.name),
      el('div', { class: 'meta' }, 'Територія: ' + t.area.join(', ')),
      el('div', { class: 'meta' }, 'Група: ' + (t.chatId == null ? 'загальний чат волонтерів' : t.chatId)),
      el('div', { class: 'meta' }, 'Учасники: ' + (t.members.join(', ') || '—')),
      el('button', { type: 'button', onclick: () => edit(t) }, 'Змінити'),
      el('button', { type: 'button', onclick: () => remove(t) }, 'Видалити'))));
    if (!teams.length) $('teams').append(el('li', { class: 'empty' }, 'Команд немає: заявки бачать лише адміністратори'));
  }

  function edit(t) {
    $('team-id').value = t.id;
    $('team-name').value = t.name;
    $('team-area').value = t.area.join(', ');
    $('team-chat').value = t.chatId == null ? '' : t.chatId;
    $('team-members').value = t.members.join(', ');
    $('team-name').focus();
  }

  async function remove(t) {
    if (!confirm('Видалити команду «' + t.name + '»? Її заявки перейдуть до команд, що охоплюють ці місця.')) return;
    try {
      await api('DELETE', '/api/teams/' + encodeURIComponent(t.id));
      say('Команду видалено');
      loadTeams();
    } catch (e) {
      say(e.message, true);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('team-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const id = $('team-id').value;
      const chat = $('team-chat').value.trim();
      const body = {
        name: $('team-name').value.trim(), area: list($('team-area').value),
        chatId: chat ? Number(chat) : null, members: list($('team-members').value)
      };
      try {
        await api(id ? 'PUT' : 'POST', '/api/teams' + (id ? '/' + encodeURIComponent(id) : ''), body);
        $('team-form').reset();
        $('team-id').value = '';
        say('Команду збережено; заявки розподілено заново');
        loadTeams();
      } catch (err) {
        say(err.message, true);
      }
    });
  });
})();
