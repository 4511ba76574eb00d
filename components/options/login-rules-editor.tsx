import { useState } from 'react';
import { TextField } from '@/components/text-field';
import {
  CUSTOM_RULE_FIELDS,
  type CustomRule,
  type CustomRuleField,
  validateCustomRule,
} from '@/utils/login';
import type { PublicSettings } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';

const EMPTY: Record<CustomRuleField, string> = {
  name: '',
  urlPattern: '',
  usernameSelector: '',
  passwordSelector: '',
  submitSelector: '',
  logoutSelector: '',
  loggedInSelector: '',
};

/**
 * A login rule for a CRM the built-in rules do not know: CSS selectors for its login form,
 * logout control and signed-in element. Checked here, against this page's own CSS parser,
 * before anything is saved; the background checks the same schema again.
 */
export function LoginRulesEditor({
  rules,
  onChange,
}: {
  rules: CustomRule[];
  onChange(next: PublicSettings): void;
}) {
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const save = async (next: CustomRule[]) => {
    const reply = await sendMessage('settings/save', { settings: { loginRules: next } });
    if (!reply.ok) {
      setStatus(reply.problems.map((problem) => problem.message).join(' '));
      return false;
    }
    onChange(reply.settings);
    return true;
  };

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = validateCustomRule(draft, { dom: document });
    if (!checked.ok) {
      const byField: Record<string, string> = {};
      for (const problem of checked.problems) byField[problem.field] ??= problem.message;
      setErrors(byField);
      setStatus('Not saved: fix the fields marked below.');
      return;
    }
    setErrors({});
    if (await save([...rules.filter((rule) => rule.name !== checked.rule.name), checked.rule])) {
      setDraft(EMPTY);
      setStatus(`Saved the rule "${checked.rule.name}".`);
    }
  };

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Custom login rules</h2>
      <p className="field-hint">
        For a CRM whose login or logout Dialer Bridge does not recognise on its own. Pages: an
        address pattern such as https://crm.example.com/*.
      </p>
      <ul aria-label="Custom login rules" className="sites">
        {rules.map((rule) => (
          <li key={rule.name} className="row">
            <span>
              <strong>{rule.name}</strong> on {rule.urlPattern}
            </span>
            <button
              type="button"
              onClick={() => void save(rules.filter((entry) => entry !== rule))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add a login rule" noValidate>
        {(Object.keys(CUSTOM_RULE_FIELDS) as CustomRuleField[]).map((field) => (
          <TextField
            key={field}
            label={CUSTOM_RULE_FIELDS[field]}
            name={`rule-${field}`}
            value={draft[field]}
            onChange={(value) => setDraft({ ...draft, [field]: value })}
            error={errors[field]}
          />
        ))}
        <div className="row">
          <button type="submit">Add rule</button>
          <output aria-live="polite" data-testid="rules-status">
            {status}
          </output>
        </div>
      </form>
    </section>
  );
}
