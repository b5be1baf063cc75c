// code-plan-by-key: everything one level of a GraphQL selection asks of a code, in one round trip. The
// API reads the selection under a Code (src/schema/code-plan.ts) and sets, per key, which parts to
// fetch and which facts' citations to bring along; every part is the same fragment the loader of that
// field runs on its own (cypher/*/parts), and the API primes those loaders from the row.
// $keys: [{i, code,
//          parts: {neighbours, fee, history, payments, peers, peerCount, ptp, ptpCount, followCodes},
//          cite: {fee, payments, documentation, denialReasons},
//          fee: {version, asOf, modifier}, peers: {after, limit},
//          ptp: {role, setting, activeOn, version, after, limit}}]
// $limit: the largest page limit of the batch. One row per code found.
UNWIND $keys AS k
MATCH (c:Code {code: k.code})
OPTIONAL CALL (c, k) {
  WITH c, k WHERE k.parts.neighbours
  // @include code/parts/neighbours
  RETURN neighbours
}
OPTIONAL CALL (c, k) {
  WITH c, k WHERE k.parts.fee
  WITH c, k.fee AS fk
  // @include code/parts/fee-schedule
  RETURN fee, feeNode
}
OPTIONAL CALL (c, k) {
  WITH c, k WHERE k.parts.history
  // @include code/parts/fee-schedule-history
  RETURN history
}
OPTIONAL CALL (c, k) {
  WITH c, k WHERE k.parts.payments
  // @include code/parts/site-payments
  RETURN payments, paymentNodes
}
OPTIONAL CALL (c, k) {
  WITH c, k WHERE k.parts.peers OR k.parts.peerCount
  WITH c, coalesce(k.peers, {after: null, limit: 0}) AS pk
  // @include code/parts/global-peers
  RETURN peerCount, peers, peerNodes
}
OPTIONAL CALL (c, k) {
  WITH c, k WHERE k.parts.ptp OR k.parts.ptpCount
  WITH c, k.ptp AS ek
  // @include edit/parts/ptp-edits
  RETURN ptpTotal, edits
}
// The code's own row, and the rows of the codes the selection reaches next (its global peers, the
// codes of its follow-ups), so their fields cost no further round trip.
CALL (c, k, peerNodes) {
  OPTIONAL CALL (c, k) {
    WITH c, k WHERE k.parts.followCodes
    OPTIONAL MATCH (c)-[:FOLLOW_UP_OF]-(other:Code)
    RETURN collect(DISTINCT other) AS followNodes
  }
  UNWIND [c] + coalesce(peerNodes, []) + coalesce(followNodes, []) AS x
  WITH DISTINCT x
  // @include code/parts/code-row
  RETURN collect(row) AS codeRows, collect(rowSources) AS codeSources
}
// The citations of the facts whose `sources` the selection asks for.
CALL (c, k, feeNode, paymentNodes) {
  UNWIND (CASE WHEN k.cite.fee AND feeNode IS NOT NULL THEN [feeNode] ELSE [] END)
       + (CASE WHEN k.cite.payments THEN coalesce(paymentNodes, []) ELSE [] END)
       + (CASE WHEN k.cite.documentation THEN COLLECT { MATCH (d:DocumentationRequirement)-[:FOR_CODE]->(c) RETURN d } ELSE [] END)
       + (CASE WHEN k.cite.denialReasons THEN COLLECT { MATCH (d:DenialReason)-[:APPLIES_TO]->(c) RETURN d } ELSE [] END) AS f
  WITH DISTINCT f
  // @include source/parts/citations
  RETURN collect({id: f.id, citations: citations, releases: releases}) AS citationRows,
         collect(citedSources) AS citedSources
}
// Every source named above, once, as sources-by-id rows (many facts cite the same few sources).
WITH k, codeRows, neighbours, fee, history, payments, peers, peerCount, edits, ptpTotal, citationRows,
     reduce(acc = [], l IN codeSources + citedSources | acc + l) AS sourceNodes
// @include source/parts/source-rows
RETURN k.i AS i, codeRows, neighbours, fee, history, payments, peers, peerCount, edits, ptpTotal, citationRows,
       sources AS sourceRows
