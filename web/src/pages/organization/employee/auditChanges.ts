export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

/** The fields an audit entry changed, as dotted paths ("contract.end"), old and new value. */
export function changesOf(before: unknown, after: unknown): Change[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(before, '', a);
  flatten(after, '', b);
  const fields = [...new Set([...a.keys(), ...b.keys()])].filter((f) => f !== 'id');
  return fields
    .filter((f) => JSON.stringify(a.get(f) ?? null) !== JSON.stringify(b.get(f) ?? null))
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}
