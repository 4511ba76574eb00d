import { TextField } from '@/components/text-field';

interface SecretFieldProps {
  label: string;
  name: string;
  isSet: boolean;
  /** undefined while the user has not touched it: the stored secret then stays as it is. */
  value: string | undefined;
  onChange(value: string | undefined): void;
  error?: string;
}

/**
 * Write-only: the page never receives the stored secret, only whether there is one. Typing
 * replaces it; "Clear" removes it on save.
 */
export function SecretField(props: SecretFieldProps) {
  const cleared = props.value === '' && props.isSet;
  return (
    <div className="secret-field">
      <TextField
        label={props.label}
        name={props.name}
        type="password"
        value={props.value ?? ''}
        placeholder={props.isSet ? 'Saved. Type to replace it.' : 'Not set'}
        hint={cleared ? 'Will be cleared when you save.' : undefined}
        onChange={(value) => props.onChange(value === '' ? undefined : value)}
        error={props.error}
      />
      {props.isSet && props.value === undefined && (
        <button type="button" onClick={() => props.onChange('')}>
          Clear saved {props.label}
        </button>
      )}
    </div>
  );
}
