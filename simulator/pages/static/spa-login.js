// A single-page-app login: no navigation at all. The form posts JSON to /crm/api/login and,
// on success, the view swaps to the app and its contacts arrive by script, as in a modern CRM.
// Login detection cannot wait for a page load here; it has to watch the form and the DOM.
(() => {
  const root = document.getElementById('spa-root');
  const loginView = document.getElementById('spa-login');
  const appView = document.getElementById('spa-app');
  const form = document.getElementById('spa-login-form');
  const error = document.querySelector('[data-testid="spa-login-error"]');
  const userName = document.getElementById('spa-user');
  const tbody = appView.querySelector('tbody');

  /** The header's session corner, kept in step without a reload, as an SPA's own header would. */
  function showHeader(fullName) {
    const session = document.querySelector('.topbar .session');
    if (!session) return;
    if (!fullName) {
      const login = document.createElement('a');
      login.className = 'login';
      login.href = '/crm/login';
      login.textContent = 'Log in';
      session.replaceChildren(login);
      return;
    }
    const who = document.createElement('span');
    who.className = 'who';
    who.dataset.testid = 'crm-user';
    who.textContent = fullName;
    const logout = document.createElement('a');
    logout.className = 'logout';
    logout.href = '/crm/logout';
    logout.dataset.testid = 'crm-logout';
    logout.textContent = 'Log out';
    session.replaceChildren(who, logout);
  }

  function show(signedIn) {
    loginView.hidden = signedIn;
    appView.hidden = !signedIn;
    root.dataset.signedIn = String(signedIn);
  }

  async function loadContacts() {
    const response = await fetch('/crm/api/contacts?limit=10');
    if (!response.ok) return;
    const { contacts } = await response.json();
    tbody.replaceChildren(
      ...contacts.map((c) => {
        const row = document.createElement('tr');
        row.dataset.contactId = String(c.id);
        for (const text of [c.name, c.company, c.phone, c.mobile]) {
          const cell = document.createElement('td');
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }),
    );
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const response = await fetch('/crm/api/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: form.elements.namedItem('username').value,
        password: form.elements.namedItem('password').value,
      }),
    });
    const result = await response.json().catch(() => ({ ok: false, error: 'Login failed.' }));
    if (!result.ok) {
      error.textContent = result.error || 'Login failed.';
      error.hidden = false;
      return;
    }
    userName.textContent = result.user.fullName;
    showHeader(result.user.fullName);
    form.reset();
    show(true);
    await loadContacts();
  });

  document.getElementById('spa-logout').addEventListener('click', async () => {
    await fetch('/crm/api/logout', { method: 'POST' });
    tbody.replaceChildren();
    userName.textContent = '';
    showHeader(null);
    show(false);
  });

  if (root.dataset.signedIn === 'true') loadContacts();
})();
