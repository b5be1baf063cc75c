// source-row (fragment): the Source `src` as a sources-by-id row. In: src. Binds: sourceRow.
CALL (src) {
  OPTIONAL MATCH (src)-[ref:REFERENCES]->(cited:Source)
  WITH src, ref, cited ORDER BY ref.ordinal
  WITH src, collect(cited.id) AS references
  RETURN {source: src {.*}, references: references} AS sourceRow
}
