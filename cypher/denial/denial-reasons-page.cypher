// denial-reasons-page: a keyset page of denial reasons, optionally those predicting one CARC/RARC,
// citing one source or tied to one code; each comes whole (denial/parts/denial-row) and, when the
// selection asks for them ($withCitations, $withCodes), with its citations and the rows of its codes,
// so that one round trip serves the whole page. $after: the last id of the previous page or null.
MATCH (d:DenialReason)
WHERE ($after IS NULL OR d.id > $after)
  AND ($adjustmentCode IS NULL OR EXISTS { (d)-[:PREDICTS]->(x) WHERE (x:Carc OR x:Rarc) AND x.code = $adjustmentCode })
  AND ($sourceId IS NULL OR EXISTS { (d)-[:CITES]->(:Source {id: $sourceId}) })
  AND ($code IS NULL OR EXISTS { (d)-[:APPLIES_TO]->(:Code {code: $code}) })
WITH d ORDER BY d.id LIMIT toInteger($limit)
// @include denial/parts/denial-row
OPTIONAL CALL (d) {
  WITH d AS f WHERE $withCitations
  // @include source/parts/citations
  WITH f, citations, citedSources AS sourceNodes, releases
  // @include source/parts/source-rows
  RETURN {id: f.id, citations: citations, sources: sources, releases: releases} AS citationRow
}
CALL (d) {
  MATCH (d)-[:APPLIES_TO]->(x:Code) WHERE $withCodes
  // @include code/parts/code-row
  WITH collect(row) AS codeRows, collect(rowSources) AS nested
  WITH codeRows, reduce(acc = [], l IN nested | acc + l) AS sourceNodes
  // @include source/parts/source-rows
  RETURN codeRows, sources AS codeSources
}
RETURN d.id AS id, denialRow, citationRow, codeRows, codeSources
ORDER BY id
