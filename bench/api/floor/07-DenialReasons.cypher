// DenialReasons (floor): a page of denial reasons (optionally predicting one CARC/RARC) with their
// CARC/RARC codes, codes and sources.
MATCH (d:DenialReason)
WHERE $adjustmentCode IS NULL OR EXISTS { (d)-[:PREDICTS]->(x) WHERE (x:Carc OR x:Rarc) AND x.code = $adjustmentCode }
WITH d ORDER BY d.id LIMIT toInteger($first)
CALL (d) {
  OPTIONAL MATCH (d)-[:PREDICTS]->(x:Carc)
  RETURN collect(DISTINCT {code: x.code, description: x.description}) AS carc
}
CALL (d) {
  OPTIONAL MATCH (d)-[:PREDICTS]->(x:Rarc)
  RETURN collect(DISTINCT {code: x.code, description: x.description}) AS rarc
}
CALL (d) {
  OPTIONAL MATCH (d)-[:APPLIES_TO]->(c:Code)
  RETURN collect({code: c.code}) AS codes
}
CALL (d) {
  OPTIONAL MATCH (d)-[ct:CITES]->(s:Source)
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {source: {title: coalesce(s.title, s.id), url: s.url}, section: ct.section} END) AS sources
}
WITH collect({node: {
  title: coalesce(d.title, d.description, d.text, d.id),
  carc: [x IN carc WHERE x.code IS NOT NULL], rarc: [x IN rarc WHERE x.code IS NOT NULL],
  codes: [x IN codes WHERE x.code IS NOT NULL], sources: sources
}}) AS edges
RETURN {denialReasons: {edges: edges}} AS data
