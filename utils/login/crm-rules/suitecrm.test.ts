// @vitest-environment happy-dom
import { suitecrm } from './suitecrm';
import { describeCrmRule } from './testing/describe-crm-rule';

describeCrmRule(suitecrm, {
  login: { username: '#user_name', password: '#username_password', submit: '#bigbutton' },
  logout: '#logout_link',
  generic: 'same fields',
  // SuiteCRM re-renders the login page with the message in the form.
  showError: (doc) => {
    const error = doc.createElement('span');
    error.className = 'error';
    error.textContent = 'You must specify a valid username and password.';
    doc.getElementById('form')?.prepend(error);
  },
});
