// plan (fragment): everything one level of a GraphQL selection asks of the Code node `c`, as the plan
// `k` says (src/schema/code-plan.ts reads the selection; src/graph/code-plan.ts builds k): the parts
// (each an OPTIONAL CALL guarded by its flag, so one cached plan serves every selection), the rows of
// the code and of the codes the selection reaches next, the citations of the facts whose `sources` are
// selected, and every source all of those name, once. $limit: the largest page limit of the batch.
// k: {parts: {neighbours, fee, history, payments, peers, peerCount, ptp, ptpCount, followCodes},
//     cite: {fee, payments, documentation, denialReasons},
//     fee: {version, asOf, modifier}, peers: {after, limit}, ptp: {role, setting, activeOn, version, after, limit}}
// In: c, k. Binds: planRow {codeRows, neighbours, fee, history, payments, peers, peerCount, edits,
// ptpTotal, citationRows, sourceRows} (null where a part was not asked for).
CALL (c, k) {
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
  RETURN {codeRows: codeRows, neighbours: neighbours, fee: fee, history: history, payments: payments, peers: peers,
          peerCount: peerCount, edits: edits, ptpTotal: ptpTotal, citationRows: citationRows, sourceRows: sources} AS planRow
}
