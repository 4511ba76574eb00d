import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  warning?: string;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  name?: string;
}

/** A labelled input whose rule message sits under it and is announced with it. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = props.error ?? props.warning ?? props.hint;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {message && (
        <p
          id={messageId}
          className={props.error ? 'field-error' : props.warning ? 'field-warning' : 'field-hint'}
          role={props.error ? 'alert' : undefined}
        >
          {message}
        </p>
      )}
    </div>
  );
}
