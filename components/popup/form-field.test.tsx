import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormField } from './form-field';

describe('popup form field', () => {
  // From review: the error was tied to the input but never announced on submit.
  it('ties the error to the input and announces it', () => {
    const html = renderToStaticMarkup(
      <FormField id="user-agent_user" label="Username" error="agent_user: 2-20 characters.">
        {(props) => <input {...props} />}
      </FormField>,
    );
    expect(html).toContain('<label for="user-agent_user">Username</label>');
    expect(html).toContain('aria-describedby="user-agent_user-error"');
    expect(html).toMatch(/<p [^>]*id="user-agent_user-error" role="alert">agent_user: 2-20/);
  });
});
