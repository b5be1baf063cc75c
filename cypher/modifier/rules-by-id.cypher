// rules-by-id: Rule nodes for a batch of ids, with the modifiers each allows.
UNWIND $ids AS wanted
MATCH (r:Rule {id: wanted})
OPTIONAL MATCH (r)-[:ALLOWS]->(m:Modifier)
WITH r, m ORDER BY m.code
RETURN r {.*} AS rule, collect(m.code) AS allows
