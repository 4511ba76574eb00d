// Speaks the seed document's widget protocol, word for word: `parent.postMessage(msg, '*')`.
// When this page is top-level, `parent === window`, so the message lands on this very window,
// which is the case the extension's compatibility listener has to pick up.
(() => {
  const lastSent = document.getElementById('seed-last-sent');
  const value = (form, name) => form.elements.namedItem(name).value;

  function speak(message) {
    parent.postMessage(message, '*');
    // Shown masked: the page itself never displays a password.
    const shown = { ...message };
    for (const key of ['password', 'phone_pass']) {
      if (key in shown) shown[key] = '••••••';
    }
    lastSent.textContent = JSON.stringify(shown, null, 2);
  }

  document.getElementById('seed-call-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    speak({
      action: 'click_to_call',
      phone_code: value(form, 'phone_code'),
      phone_number: value(form, 'phone_number'),
    });
  });

  document.getElementById('seed-login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    speak({
      action: 'login',
      username: value(form, 'username'),
      password: value(form, 'password'),
      extension: value(form, 'extension'),
      phone_pass: value(form, 'phone_pass'),
    });
  });

  document.getElementById('seed-logout').addEventListener('click', () => {
    speak({ action: 'logout' });
  });
})();
