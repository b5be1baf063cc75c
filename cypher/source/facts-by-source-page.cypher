// facts-by-source-page: every fact a source supports, directly (CITES) or as the source a release was
// published as, keyset-paginated on the fact id (a Modifier, CARC or global period, keyed by code or
// indicator, pages by that key). Relationship facts that name the source in sourceIds too.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  MATCH (f)-[:CITES]->(s)
  RETURN coalesce(f.id, f.code, f.indicator) AS id, labels(f)[0] AS label, coalesce(f.code, f.title, f.text, f.question, f.statement, f.name, f.id) AS summary
  UNION
  MATCH (f)-[:FROM_RELEASE]->(:Release {status: 'current'})-[:PUBLISHED_AS]->(s)
  WHERE f:FeeScheduleEntry OR f:SitePayment OR f:Mue OR f:Locality
  RETURN f.id AS id, labels(f)[0] AS label, f.code AS summary
  UNION
  MATCH (a)-[r:HAS_GLOBAL_PERIOD|FOLLOW_UP_OF|APPLICABLE_MODIFIER|IN_CATEGORY]->(b)
  WHERE s.id IN coalesce(r.sourceIds, [])
  RETURN coalesce(a.code, a.id) + ' ' + type(r) + ' ' + coalesce(b.code, b.indicator, b.id) AS id, type(r) AS label,
         coalesce(a.code, a.id) + ' ' + toLower(replace(type(r), '_', ' ')) + ' ' + coalesce(b.code, b.indicator, b.id) AS summary
}
WITH id, label, summary WHERE $after IS NULL OR id > $after
RETURN id, label, summary
ORDER BY id
LIMIT toInteger($limit)
