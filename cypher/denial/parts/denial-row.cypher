// denial-row (fragment): the DenialReason `d` with the CARC and RARC codes it predicts and the codes it
// applies to, as a denial-reasons-by-id row. In: d. Binds: denialRow.
CALL (d) {
  CALL (d) {
    OPTIONAL MATCH (d)-[:PREDICTS]->(x:Carc)
    RETURN collect(DISTINCT x {.*}) AS carcs
  }
  CALL (d) {
    OPTIONAL MATCH (d)-[:PREDICTS]->(x:Rarc)
    RETURN collect(DISTINCT x {.*}) AS rarcs
  }
  CALL (d) {
    OPTIONAL MATCH (d)-[:APPLIES_TO]->(code:Code)
    RETURN collect(code.code) AS codes
  }
  RETURN {reason: d {.*}, carcs: carcs, rarcs: rarcs, codes: codes} AS denialRow
}
