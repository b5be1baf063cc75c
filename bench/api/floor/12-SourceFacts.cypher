// SourceFacts (floor): the first $first sources by id, each with the first 20 facts it supports
// (facts citing it, facts of current releases published as it, relationships naming it); like the
// API it reads one row past the page (which decides hasNextPage), so ties in the order resolve alike.
MATCH (s:Source)
WITH s ORDER BY s.id LIMIT toInteger($first)
CALL (s) {
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
  WITH id, label, summary ORDER BY id LIMIT 21
  RETURN collect({node: {kind: label, summary: summary}})[..20] AS facts
}
RETURN {sources: {edges: collect({node: {
  sourceId: s.id, title: coalesce(s.title, s.id), publisher: s.publisher, url: s.url, kind: s.kind,
  supports: {edges: facts}
}})}} AS data
