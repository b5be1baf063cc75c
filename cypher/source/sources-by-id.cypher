// sources-by-id: Source nodes for a batch of ids, with the sources a code page references.
UNWIND $ids AS wanted
MATCH (s:Source {id: wanted})
OPTIONAL MATCH (s)-[ref:REFERENCES]->(cited:Source)
WITH s, ref, cited ORDER BY ref.ordinal
RETURN s {.*} AS source, collect(cited.id) AS references
