// @vitest-environment happy-dom
import { espocrm } from './espocrm';
import { describeCrmRule } from './testing/describe-crm-rule';

describeCrmRule(espocrm, {
  login: { username: '#field-userName', password: '#field-password', submit: '#btn-login' },
  logout: '[data-action="logout"]',
  generic: 'same fields',
  // EspoCRM reports a wrong password in its notification toast, outside the form.
  showError: (doc) => {
    const toast = doc.createElement('div');
    toast.className = 'alert alert-danger';
    toast.textContent = 'Wrong username/password';
    doc.getElementById('notification')?.append(toast);
  },
});
