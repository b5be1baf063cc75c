// facts-by-source: every fact a source supports: nodes that CITE it, dataset facts of releases published
// as it, and fact-bearing relationships naming it in sourceIds (id '<from> <TYPE> <to>'). Paged by
// $skip/$limit in id order. $sourceId. Rows: {id, labels, summary}.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  MATCH (f)-[:CITES]->(s)
  RETURN coalesce(f.id, f.code, f.indicator) AS id, labels(f) AS labels, f AS node, null AS rel
  UNION
  MATCH (f)-[:FROM_RELEASE]->(:Release)-[:PUBLISHED_AS]->(s)
  RETURN f.id AS id, labels(f) AS labels, f AS node, null AS rel
  UNION
  MATCH (a)-[r:HAS_GLOBAL_PERIOD|FOLLOW_UP_OF|APPLICABLE_MODIFIER|IN_CATEGORY]->(b)
  WHERE s.id IN r.sourceIds
  RETURN coalesce(a.code, a.id) + ' ' + type(r) + ' ' + coalesce(b.code, b.indicator, b.id) AS id, [type(r)] AS labels,
         null AS node, r AS rel
}
WITH id, labels, node, rel
ORDER BY id
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN id, labels,
  CASE
    WHEN rel IS NOT NULL THEN id
    WHEN node:FeeScheduleEntry THEN node.code + ' fee schedule (' + node.releaseId + '): work RVU ' + coalesce(toString(node.workRvu), '-')
    WHEN node:SitePayment THEN node.code + ' ' + node.setting + ' ' + coalesce(toString(node.amountCents), '-') + ' cents'
    ELSE coalesce(node.text, node.question, node.title, node.statement, node.shortDescriptor, node.meaning, node.description, node.name, id)
  END AS summary
