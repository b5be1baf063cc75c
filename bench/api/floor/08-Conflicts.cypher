// Conflicts (floor): facts from different sources that disagree (the rules of
// cypher/provenance/conflicts-by-code.cypher), with each fact's source and release.
CALL () {
  MATCH (sp:SitePayment)
  WHERE sp.setting = 'PFS_NON_FACILITY' AND sp.amountCents IS NOT NULL AND ($code IS NULL OR sp.code = $code)
  MATCH (:Code {code: sp.code})<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {dataset: 'PFS_RVU'})
  WHERE r.status = 'current' AND f.nonFacilityNa = true
  CALL (sp) {
    MATCH (sp)-[ci:CITES]->(s:Source)
    RETURN collect({
      value: '$' + toString(sp.amountCents / 100) + '.' + right('0' + toString(sp.amountCents % 100), 2) + ' office (' + coalesce(toString(sp.year), '?') + ')',
      sourceId: s.id, releaseId: null, section: ci.section, locator: ci.locator}) AS stated
  }
  CALL (f, r) {
    MATCH (r)-[:PUBLISHED_AS]->(s:Source)
    RETURN collect({value: 'NA: no non-facility (office) payment (' + r.version + ')', sourceId: s.id, releaseId: r.id,
                    section: 'NON-FAC NA INDICATOR', locator: f.locator}) AS na
  }
  WITH sp.code AS code, stated, collect(na) AS nas
  RETURN code, 'nonFacilityPayment' AS attribute, stated + reduce(acc = [], x IN nas | acc + x) AS facts
  UNION
  MATCH (a:FeeScheduleEntry)-[:FROM_RELEASE]->(ra:Release)
  WHERE ($code IS NULL OR a.code = $code) AND a.workRvu IS NOT NULL
  MATCH (b:FeeScheduleEntry {code: a.code})-[:FROM_RELEASE]->(rb:Release)
  WHERE rb.dataset = ra.dataset AND rb.version = ra.version AND a.id < b.id
    AND coalesce(a.modifier, '-') = coalesce(b.modifier, '-') AND b.workRvu IS NOT NULL AND a.workRvu <> b.workRvu
  UNWIND [[a, ra], [b, rb]] AS pair
  WITH a.code AS code, pair[0] AS f, pair[1] AS r
  CALL (f, r) {
    OPTIONAL MATCH (f)-[ci:CITES]->(s:Source)
    WITH f, r, collect({sourceId: s.id, section: ci.section, locator: ci.locator}) AS cited
    OPTIONAL MATCH (r)-[:PUBLISHED_AS]->(p:Source)
    WITH f, r, cited, collect({sourceId: p.id, section: null, locator: f.locator}) AS published
    UNWIND CASE WHEN size([c IN cited WHERE c.sourceId IS NOT NULL]) > 0 THEN cited ELSE published END AS src
    RETURN collect({value: toString(f.workRvu) + ' work RVU (' + r.version + ')', sourceId: src.sourceId, releaseId: r.id,
                    section: src.section, locator: src.locator}) AS facts
  }
  WITH code, collect(facts) AS nested
  RETURN code, 'workRvu' AS attribute, reduce(acc = [], x IN nested | acc + x) AS facts
  UNION
  MATCH (c:Code)-[g1:HAS_GLOBAL_PERIOD]->(p1:GlobalPeriod), (c)-[g2:HAS_GLOBAL_PERIOD]->(p2:GlobalPeriod)
  WHERE ($code IS NULL OR c.code = $code) AND p1.indicator < p2.indicator
  UNWIND [[g1, p1], [g2, p2]] AS pair
  WITH c.code AS code, pair[0] AS g, pair[1] AS p
  UNWIND g.sourceIds AS sid
  WITH code, collect({value: p.indicator, sourceId: sid, releaseId: g.releaseId, section: g.section, locator: g.locator}) AS facts
  RETURN code, 'globalPeriod' AS attribute, facts
}
WITH code, attribute, facts ORDER BY code, attribute
RETURN {conflicts: collect({code: code, attribute: attribute, facts: [f IN facts | {
  value: toString(f.value),
  source: CASE WHEN f.sourceId IS NULL THEN null ELSE {
    source: COLLECT { MATCH (s:Source {id: f.sourceId}) RETURN {title: coalesce(s.title, s.id), url: s.url} }[0],
    release: COLLECT { MATCH (r:Release {id: f.releaseId}) RETURN {version: r.version} }[0],
    section: f.section
  } END
}]})} AS data
