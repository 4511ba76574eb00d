// @vitest-environment happy-dom
import { describeCrmRule } from './testing/describe-crm-rule';
import { reveal } from './testing/load-fixture';
import { vtiger } from './vtiger';

describeCrmRule(vtiger, {
  login: { username: '#username', password: '#password', submit: 'button[type="submit"]' },
  logout: '#menubar_item_right_LBL_SIGN_OUT',
  generic: 'same fields',
  showError: (doc) => {
    const message = doc.getElementById('validationMessage');
    if (message) message.textContent = 'Invalid username or password';
    reveal(message);
  },
});
