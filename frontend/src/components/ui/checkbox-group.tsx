import { useId } from 'react';

interface CheckboxGroupProps {
  legend: string;
  options: { value: number; label: string }[];
  selected: number[];
  onChange: (selected: number[]) => void;
  /** Buttons to tick or clear every box; labels given by the caller (i18n). */
  allLabel?: string;
  noneLabel?: string;
}

/** A labelled group of checkboxes (a fieldset with a legend), for picking boards. */
export function CheckboxGroup({ legend, options, selected, onChange, allLabel, noneLabel }: CheckboxGroupProps) {
  const id = useId();
  const chosen = new Set(selected);
  return (
    <fieldset className="field-group checkbox-group">
      <legend>{legend}</legend>
      {allLabel && noneLabel && (
        <div className="button-row">
          <button type="button" className="button button-secondary button-small" onClick={() => onChange(options.map((o) => o.value))}>
            {allLabel}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([])}>
            {noneLabel}
          </button>
        </div>
      )}
      <ul className="checkbox-list">
        {options.map((option) => (
          <li key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={chosen.has(option.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
              }
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
