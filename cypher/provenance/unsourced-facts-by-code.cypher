// unsourced-facts-by-code: what is linked to a code (and the code itself) without a path to a Source.
// A node is sourced when it -[:CITES]-> a Source or -[:FROM_RELEASE]->(Release)-[:PUBLISHED_AS]-> one;
// a fact-bearing relationship (HAS_GLOBAL_PERIOD, APPLICABLE_MODIFIER, FOLLOW_UP_OF, IN_CATEGORY) is
// sourced when its sourceIds are non-empty and each names an existing Source. Empty result = all sourced.
// $code. Rows: {kind: 'NODE' | 'RELATIONSHIP', id, what}.
MATCH (c:Code {code: $code})
CALL (c) {
  MATCH (c)-[]-(f)
  WHERE NOT f:Source
  RETURN DISTINCT f
  UNION
  RETURN c AS f
}
WITH c, f
WHERE NOT EXISTS { (f)-[:CITES]->(:Source) }
  AND NOT EXISTS { (f)-[:FROM_RELEASE]->(:Release)-[:PUBLISHED_AS]->(:Source) }
RETURN 'NODE' AS kind, coalesce(f.id, f.code, f.indicator, f.name) AS id, labels(f)[0] AS what
UNION
MATCH (c:Code {code: $code})-[r:HAS_GLOBAL_PERIOD|APPLICABLE_MODIFIER|FOLLOW_UP_OF|IN_CATEGORY]-(other)
WHERE r.sourceIds IS NULL OR size(r.sourceIds) = 0
   OR any(id IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) })
RETURN 'RELATIONSHIP' AS kind, type(r) + ' ' + coalesce(other.code, other.indicator, other.id) AS id, type(r) AS what
