/**
 * Converts Neo4j values at the boundary: Integer to number (or string past 2^53), temporal values
 * to ISO strings, nodes and relationships to their properties. GraphQL never sees a driver type.
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const i = value as ReturnType<typeof neo4j.int>;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof value === 'bigint') return Number(value);
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
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Node, Relationship: keep the properties, add the labels/type
    if ('properties' in v && ('labels' in v || 'type' in v) && 'elementId' in v) {
      const props = toPlain(v.properties) as Record<string, unknown>;
      if (Array.isArray(v.labels)) props.__labels = v.labels;
      if (typeof v.type === 'string') props.__type = v.type;
      return props;
    }
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}
