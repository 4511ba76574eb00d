import { type ReactNode, useState } from 'react';

/**
 * A collapsible action section. Its content is only made once it is opened: the popup opens
 * often, and a form that reads from the dialer (the list form's campaigns) should not ask
 * every time.
 */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{title}</summary>
      {opened && children}
    </details>
  );
}
