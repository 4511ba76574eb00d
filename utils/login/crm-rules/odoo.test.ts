// @vitest-environment happy-dom
import { odoo } from './odoo';
import { describeCrmRule } from './testing/describe-crm-rule';

describeCrmRule(odoo, {
  login: {
    username: 'input[name="login"]',
    password: '#password',
    submit: '.oe_login_buttons button[type="submit"]',
  },
  logout: 'a[data-menu="logout"]',
  generic: 'same fields',
  // Odoo re-renders /web/login with the alert above the buttons.
  showError: (doc) => {
    const alert = doc.createElement('p');
    alert.className = 'alert alert-danger';
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Wrong login/password';
    doc.querySelector('.oe_login_buttons')?.before(alert);
  },
});
