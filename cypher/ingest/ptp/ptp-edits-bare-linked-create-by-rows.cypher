// ptp-edits-bare-linked-create-by-rows: the import benchmark's same-shape baseline (bench/import) — the
// same PtpEdit nodes and the same COLUMN_1/COLUMN_2 relationships to existing Code nodes (index seeks),
// by a bare UNWIND/MATCH/CREATE, with no validation and no release protocol.
UNWIND $rows AS r
MATCH (c1:Code {code: r.c1})
MATCH (c2:Code {code: r.c2})
CREATE (e:PtpEdit {
  id: $prefix + ':' + r.c1 + ':' + r.c2 + ':' + r.eff,
  setting: $setting, column1: r.c1, column2: r.c2, priorTo1996: r.p,
  effectiveDate: date(r.eff), deletionDate: date(r.del), modifierIndicator: r.mi,
  rationale: r.why, releaseId: $prefix
})
CREATE (e)-[:COLUMN_1]->(c1)
CREATE (e)-[:COLUMN_2]->(c2)
