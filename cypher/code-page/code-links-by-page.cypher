// code-links-by-page: the fact-bearing relationships a code page states, one per source (provenanceKey =
// the page's Source id), so a page and an RVU release can each hold their own HAS_GLOBAL_PERIOD edge:
// (Code)-[:HAS_GLOBAL_PERIOD]->(GlobalPeriod) and (Code)-[:APPLICABLE_MODIFIER]->(Modifier), each with
// sourceIds, section, locator, verifiedOn. Edges of the page no longer stated are removed. A Modifier or
// GlobalPeriod the page names that no curated record describes (no other CITES) cites the page itself.
// $code, $pageId, $globalPeriod: {indicator, sourceIds, section, locator, verifiedOn} or null,
// $modifiers: [{code, sourceIds, section, locator, verifiedOn}]
MATCH (c:Code {code: $code})
MATCH (page:Source {id: $pageId})
CALL (c) {
  OPTIONAL MATCH (c)-[old:HAS_GLOBAL_PERIOD {provenanceKey: $pageId}]->(gp:GlobalPeriod)
  WHERE $globalPeriod IS NULL OR gp.indicator <> $globalPeriod.indicator
  DELETE old
}
CALL (c) {
  OPTIONAL MATCH (c)-[old:APPLICABLE_MODIFIER {provenanceKey: $pageId}]->(m:Modifier)
  WHERE NOT m.code IN [x IN $modifiers | x.code]
  DELETE old
}
CALL (c, page) {
  UNWIND CASE WHEN $globalPeriod IS NULL THEN [] ELSE [$globalPeriod] END AS g
  MERGE (gp:GlobalPeriod {indicator: g.indicator})
  MERGE (c)-[r:HAS_GLOBAL_PERIOD {provenanceKey: $pageId}]->(gp)
  SET r.sourceIds = g.sourceIds, r.section = g.section, r.locator = g.locator, r.verifiedOn = date(g.verifiedOn),
      r.releaseId = g.releaseId
  WITH gp, g, page
  OPTIONAL MATCH (gp)-[other:CITES]->(s:Source) WHERE s.id <> $pageId
  WITH gp, g, page, count(other) AS described
  CALL (gp, g, described, page) {
    WITH gp, g WHERE described = 0
    MERGE (gp)-[ci:CITES]->(page)
    SET ci.section = g.section, ci.locator = g.locator, ci.verifiedOn = date(g.verifiedOn)
  }
}
CALL (c, page) {
  UNWIND $modifiers AS x
  MERGE (m:Modifier {code: x.code})
  MERGE (c)-[r:APPLICABLE_MODIFIER {provenanceKey: $pageId}]->(m)
  SET r.sourceIds = x.sourceIds, r.section = x.section, r.locator = x.locator, r.verifiedOn = date(x.verifiedOn)
  WITH m, x, page
  OPTIONAL MATCH (m)-[other:CITES]->(s:Source) WHERE s.id <> $pageId
  WITH m, x, page, count(other) AS described
  CALL (m, x, described, page) {
    WITH m, x WHERE described = 0
    MERGE (m)-[ci:CITES]->(page)
    SET ci.section = x.section, ci.locator = x.locator, ci.verifiedOn = date(x.verifiedOn)
  }
}
RETURN c.code AS code
