export interface FilterOption {
  value: string;
  label: string;
  /** How many items the filter finds, when known. */
  count?: number;
}

/**
 * A row of toggle buttons choosing one filter; the pressed one is announced as such. With
 * `selectId`, a phone gets one select instead of a wall of buttons.
 */
export function FilterButtons({ label, options, value, onChange, selectId }: { label: string; options: FilterOption[]; value: string; onChange(value: string): void; selectId?: string }) {
  const text = (o: FilterOption) => (o.count === undefined ? o.label : `${o.label} (${o.count})`);
  return (
    <>
      {selectId && (
        <div className="select-wrapper mb-3 d-md-none">
          <label htmlFor={selectId}>{label}</label>
          <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {text(o)}
              </option>
            ))}
          </select>
        </div>
      )}
      <FilterButtonRow label={label} options={options} value={value} onChange={onChange} className={selectId ? 'd-none d-md-flex' : 'd-flex'} />
    </>
  );
}

function FilterButtonRow({ label, options, value, onChange, className }: { label: string; options: FilterOption[]; value: string; onChange(value: string): void; className: string }) {
  return (
    <div role="group" aria-label={label} className={`filter-buttons ${className} flex-wrap gap-2 mb-3`}>
      {options.map((o) => {
        const pressed = o.value === value;
        return (
          <button key={o.value} type="button" className={`btn btn-sm ${pressed ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={pressed} onClick={() => onChange(o.value)}>
            {o.label}
            {o.count !== undefined && <span className={`badge ms-2 ${pressed ? 'bg-white text-primary' : 'bg-primary'}`}>{o.count}</span>}
          </button>
        );
      })}
    </div>
  );
}
