import fc from 'fast-check';

/** Values that break a field in every way JSON allows, hostile text included. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', '\u0000', 'KM\r\n001', '\u001b[2J', '\u202egnp.exe', 'x'.repeat(5000), '98.123', '-1', '1e21', '2024-02-30 10:00', 'javascript:alert(1)'),
  fc.constantFrom(0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER, true, false, null, [], {}),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (object keys and array indexes), the root excluded. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...prefix, key], ...paths(inner, [...prefix, key])]);
}

function setAt(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (replacement === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = setAt(copy[head as number] ?? null, rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (replacement === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = setAt(copy[head as string] ?? null, rest, replacement);
  return copy;
}

/**
 * A valid input broken in one to three places: a field replaced by any JSON value, a field removed, or an
 * unknown field added — the inputs a validator sees from a script with a typo or a hostile page.
 */
export function mutated(template: unknown): fc.Arbitrary<unknown> {
  const base = JSON.parse(JSON.stringify(template)) as Json;
  const where = paths(base);
  const change = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...(where.length ? where : [[]])), value: anyJsonValue }),
    fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...(where.length ? where : [[]])) }),
    fc.record({ kind: fc.constant('add' as const), key: fc.string({ minLength: 1, maxLength: 10 }), value: anyJsonValue }),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) =>
    changes.reduce<Json>((value, one) => {
      if (one.kind === 'add') return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value, [one.key]: one.value as Json } : value;
      if (one.path.length === 0) return one.kind === 'replace' ? (one.value as Json) : value;
      return setAt(value, one.path, one.kind === 'replace' ? (one.value as Json) : undefined);
    }, base),
  );
}
