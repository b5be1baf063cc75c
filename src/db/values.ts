/**
 * Converts Neo4j values at the boundary: Integer to number (or string past 2^53), temporal values
 * to ISO strings, nodes and relationships to their properties. GraphQL never sees a driver type.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers, booleans, lists and maps: settle those before asking the driver
  // whether a value is one of its types (each of those checks costs a property lookup).
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toPlain);
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) {
    const i = value as ReturnType<typeof neo4j.int>;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (
    isDate(value as never) ||
    isDateTime(value as never) ||
    isLocalDateTime(value as never) ||
    isTime(value as never) ||
    isLocalTime(value as never) ||
    isDuration(value as never)
  ) {
    return (value as { toString(): string }).toString();
  }
  const v = value as Record<string, unknown>;
  // Node, Relationship: keep the properties, add the labels/type
  if ('properties' in v && ('labels' in v || 'type' in v) && 'elementId' in v) {
    const props = toPlain(v.properties) as Record<string, unknown>;
    if (Array.isArray(v.labels)) props.__labels = v.labels;
    if (typeof v.type === 'string') props.__type = v.type;
    return props;
  }
  return plainMap(v);
}

function plainMap(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = toPlain(v[k]);
  return out;
}
