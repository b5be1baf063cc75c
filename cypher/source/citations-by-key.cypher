// citations-by-key: provenance of entities keyed by code or indicator (Modifier, Carc, Rarc,
// StatusIndicator, GlobalPeriod). $keys: [{i, label, key}].
UNWIND $keys AS k
CALL (k) {
  MATCH (n:Modifier {code: k.key}) WHERE k.label = 'Modifier' RETURN n
  UNION MATCH (n:Carc {code: k.key}) WHERE k.label = 'Carc' RETURN n
  UNION MATCH (n:Rarc {code: k.key}) WHERE k.label = 'Rarc' RETURN n
  UNION MATCH (n:StatusIndicator {code: k.key}) WHERE k.label = 'StatusIndicator' RETURN n
  UNION MATCH (n:GlobalPeriod {indicator: k.key}) WHERE k.label = 'GlobalPeriod' RETURN n
}
OPTIONAL MATCH (n)-[c:CITES]->(s:Source)
RETURN k.i AS i, collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: null, section: c.section, locator: c.locator, verifiedOn: toString(c.verifiedOn)} END) AS citations
