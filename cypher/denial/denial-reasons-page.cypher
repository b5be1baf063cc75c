// denial-reasons-page: a keyset page of denial reasons, optionally those predicting one CARC/RARC,
// citing one source or tied to one code; each comes whole (denial/parts/denial-row) and, when the
// selection asks for them ($withCitations, $withCodes), with its citations and the rows of its codes,
// so that one round trip serves the whole page. $after: the last id of the previous page or null.
// One row: {page: [{id, denialRow, citationRow, codeRows}] in id order, sources}.
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
  RETURN {id: f.id, citations: citations, releases: releases} AS citationRow, citedSources
}
CALL (d) {
  MATCH (d)-[:APPLIES_TO]->(x:Code) WHERE $withCodes
  // @include code/parts/code-row
  RETURN collect(row) AS codeRows, reduce(acc = [], l IN collect(rowSources) | acc + l) AS codeSources
}
// One row for the page; every source the citations and the code rows name becomes a row once.
WITH collect({id: d.id, denialRow: denialRow, citationRow: citationRow, codeRows: codeRows}) AS page,
     reduce(acc = [], l IN collect(coalesce(citedSources, []) + codeSources) | acc + l) AS sourceNodes
// @include source/parts/source-rows
RETURN page, sources
