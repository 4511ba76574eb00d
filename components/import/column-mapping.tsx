import {
  type ColumnMapping,
  type ImportMode,
  type ImportTarget,
  REQUIRED_TARGETS,
  targetLabel,
  targetsOf,
} from '@/utils/import/import-fields';

interface ColumnMappingProps {
  mode: ImportMode;
  header: readonly string[];
  sample: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/** One row per CSV column: its header, a few values, and the field it fills (guessed first). */
export function ColumnMappingTable(props: ColumnMappingProps) {
  const targets = targetsOf(props.mode);
  const missing = REQUIRED_TARGETS[props.mode].filter((target) => !props.mapping.includes(target));
  const set = (column: number, target: ImportTarget | '') => {
    const next = props.mapping.map((current, index) => {
      if (index === column) return target;
      // A field fills from one column: choosing it here frees the column that had it.
      return target !== '' && current === target ? '' : current;
    });
    props.onChange(next);
  };
  return (
    <section aria-label="Column mapping">
      <h2>Columns</h2>
      {missing.length > 0 && (
        <p className="status-error" role="alert">
          Choose the column for {missing.map(targetLabel).join(', ')}: every row needs it.
        </p>
      )}
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Values</th>
            <th scope="col">Imported as</th>
          </tr>
        </thead>
        <tbody>
          {props.header.map((name, column) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for one file.
            <tr key={column}>
              <th scope="row">{name || <em>column {column + 1}</em>}</th>
              <td className="sample">
                {props.sample
                  .map((row) => row[column] ?? '')
                  .filter(Boolean)
                  .slice(0, 3)
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={`Import column ${name || column + 1} as`}
                  value={props.mapping[column] ?? ''}
                  onChange={(event) => set(column, event.target.value as ImportTarget | '')}
                >
                  <option value="">Not imported</option>
                  {targets.map((target) => (
                    <option key={target} value={target}>
                      {targetLabel(target)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
