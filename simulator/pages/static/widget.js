// The simulated Elision dialer widget. It accepts the seed document's three messages only
// (login, logout, click_to_call), records every message it receives (also on the server, so
// Node tests can read it), and shows what a real widget would do with them.
// One script for both pages: /widget/ (any sender) and /widget/framed (the CRM frame only).
(() => {
  const body = document.body;
  const page = body.dataset.page === 'framed' ? 'framed' : 'widget';
  const crmOrigin = body.dataset.crmOrigin || '';
  const frame = document.getElementById('crm-frame');

  /** What the widget knows; exposed as window.__widgetState for tests. */
  const state = {
    loggedIn: false,
    username: '',
    extension: '',
    dialing: null,
    dialedWhileLoggedOut: false,
    calls: [],
  };
  /** Every message received, in order, data exactly as it arrived: window.__widgetLog. */
  const log = [];
  window.__widgetState = state;
  window.__widgetLog = log;

  const SEED_KEYS = {
    login: ['action', 'username', 'password', 'extension', 'phone_pass'],
    logout: ['action'],
    click_to_call: ['action', 'phone_code', 'phone_number'],
  };

  /** Returns null when `data` is one of the seed's messages, else why it is not. */
  function rejectReason(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return 'not an object';
    }
    if (typeof data.action !== 'string') return 'no action';
    const keys = SEED_KEYS[data.action];
    if (!Object.hasOwn(SEED_KEYS, data.action) || !keys) {
      return `unknown action "${data.action}"`;
    }
    const extra = Object.keys(data).filter((k) => !keys.includes(k));
    if (extra.length) return `unexpected field ${extra.join(', ')}`;
    for (const key of keys) {
      if (typeof data[key] !== 'string') return `${key} must be a string`;
    }
    if (data.action === 'login' && data.username === '') return 'username is empty';
    if (data.action === 'click_to_call') {
      if (!/^\d{1,3}$/.test(data.phone_code)) return 'phone_code must be 1 to 3 digits';
      if (!/^\d{4,15}$/.test(data.phone_number)) return 'phone_number must be 4 to 15 digits';
    }
    return null;
  }

  /** Extra rule of the framed page: only the CRM it frames may drive it. */
  function senderReason(event) {
    if (page !== 'framed') return null;
    if (!frame || event.source !== frame.contentWindow) return 'not from the CRM frame';
    if (event.origin !== crmOrigin) return `origin ${event.origin} is not the CRM origin`;
    return null;
  }

  function apply(data) {
    if (data.action === 'login') {
      state.loggedIn = true;
      state.username = data.username;
      state.extension = data.extension;
    } else if (data.action === 'logout') {
      state.loggedIn = false;
      state.username = '';
      state.extension = '';
      state.dialing = null;
      state.dialedWhileLoggedOut = false;
    } else {
      state.dialing = `+${data.phone_code} ${data.phone_number}`;
      state.dialedWhileLoggedOut = !state.loggedIn;
      state.calls.push({
        phone_code: data.phone_code,
        phone_number: data.phone_number,
        loggedIn: state.loggedIn,
      });
    }
  }

  // Posts run one after another so the server's log keeps the order the page saw.
  let upload = Promise.resolve();
  function send(entry) {
    let payload;
    try {
      payload = JSON.stringify(entry);
    } catch {
      payload = JSON.stringify({ ...entry, data: '[not serialisable]' });
    }
    upload = upload
      .then(() =>
        fetch('/widget/log', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: payload,
        }),
      )
      .catch(() => undefined);
  }

  function onMessage(event) {
    const data = event.data === undefined ? null : event.data;
    const reason = senderReason(event) || rejectReason(data);
    const entry = {
      time: new Date().toISOString(),
      origin: event.origin,
      data,
      accepted: reason === null,
      reason,
      page,
    };
    if (reason === null) apply(data);
    log.push(entry);
    send(entry);
    render(entry);
  }

  // ---- view ----

  const root = document.getElementById('widget-root');
  root.innerHTML = '';
  const el = (tag, attrs, children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    for (const child of children || []) {
      node.append(child);
    }
    return node;
  };
  const field = (label, testid, extra) => {
    const value = el('dd', { 'data-testid': testid, ...(extra || {}) });
    return { row: [el('dt', {}, [label]), value], value };
  };

  const stateEl = el('span', { class: 'w-pill', 'data-testid': 'widget-state' });
  const summary = el('p', { class: 'w-summary', 'data-testid': 'widget-summary' });
  const agent = field('Agent', 'widget-agent');
  const extension = field('Extension', 'widget-extension');
  const phonePass = field('Phone pass', 'widget-phone-pass');
  const dialing = el('div', { class: 'w-number', 'data-testid': 'widget-dialing' });
  const idle = el('div', { class: 'w-idle' }, ['No call yet']);
  const note = el('p', { class: 'w-note', 'data-testid': 'widget-dialing-note', hidden: '' }, [
    'Dialed while logged out: a real widget would refuse this call.',
  ]);
  const ready = el('span', { class: 'w-ready', 'data-testid': 'widget-ready' }, ['Ready']);
  const logList = el('ol', { class: 'w-log', 'data-testid': 'widget-log', reversed: '' });
  const count = el('span', { class: 'w-count', 'data-testid': 'widget-log-count' }, ['0']);

  root.append(
    el('header', { class: 'w-head' }, [
      el('span', { class: 'w-brand' }, [el('span', { class: 'w-logo' }, ['E']), ' Elision Widget']),
      ready,
    ]),
    el('section', { class: 'w-card' }, [
      el('div', { class: 'w-row' }, [el('h2', {}, ['Agent']), stateEl]),
      summary,
      el('dl', { class: 'w-fields' }, [...agent.row, ...extension.row, ...phonePass.row]),
    ]),
    el('section', { class: 'w-card' }, [el('h2', {}, ['Dialing']), idle, dialing, note]),
    el('section', { class: 'w-card w-log-card' }, [
      el('div', { class: 'w-row' }, [el('h2', {}, ['Messages']), count]),
      logList,
    ]),
  );

  /** A copy of the message for display: secrets masked, never shown. */
  function masked(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
    const copy = { ...data };
    for (const key of ['password', 'phone_pass']) {
      if (key in copy) copy[key] = '••••••';
    }
    return copy;
  }

  /** `{action: "login", username: "1000", ...}`: JSON values, spaced so that lines wrap cleanly. */
  function describeData(data) {
    try {
      const shown = masked(data);
      if (typeof shown !== 'object' || shown === null || Array.isArray(shown)) {
        return JSON.stringify(shown);
      }
      const fields = Object.entries(shown).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
      return `{${fields.join(', ')}}`;
    } catch {
      return String(data);
    }
  }

  function render(entry) {
    stateEl.textContent = state.loggedIn ? 'Logged in' : 'Logged out';
    stateEl.dataset.state = state.loggedIn ? 'logged-in' : 'logged-out';
    summary.textContent = state.loggedIn
      ? `Logged in as ${state.username} on extension ${state.extension}`
      : 'Logged out';
    agent.value.textContent = state.username;
    extension.value.textContent = state.extension;
    phonePass.value.textContent = state.loggedIn ? '••••••' : '';
    dialing.textContent = state.dialing || '';
    idle.hidden = state.dialing !== null;
    note.hidden = !(state.dialing && state.dialedWhileLoggedOut);
    count.textContent = String(log.length);
    if (!entry) return;
    const action =
      typeof entry.data === 'object' && entry.data && typeof entry.data.action === 'string'
        ? entry.data.action
        : 'message';
    const item = el(
      'li',
      {
        class: entry.accepted ? 'ok' : 'ignored',
        'data-testid': 'widget-log-entry',
        'data-accepted': String(entry.accepted),
      },
      [
        el('div', { class: 'w-row' }, [
          el('strong', {}, [action]),
          el('span', { class: 'w-tag' }, [entry.accepted ? 'accepted' : 'ignored']),
        ]),
        el('div', { class: 'w-meta', title: entry.time }, [
          `${entry.time.slice(11, 23)} UTC from ${entry.origin}`,
        ]),
        el('code', {}, [describeData(entry.data)]),
      ],
    );
    if (entry.reason) item.append(el('div', { class: 'w-reason' }, [entry.reason]));
    logList.prepend(item);
  }

  render(null);
  window.addEventListener('message', onMessage);
  window.__widgetReady = true;
  root.dataset.ready = 'true';
})();
