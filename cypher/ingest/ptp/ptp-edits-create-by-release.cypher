// ptp-edits-create-by-release: one batch of NCCI PTP rows for a loading release. The id carries the
// release, the pair and the effective date, since one pair recurs with disjoint date windows.
MATCH (rel:Release {id: $releaseId})
UNWIND $rows AS r
MATCH (c1:Code {code: r.c1})
MATCH (c2:Code {code: r.c2})
CREATE (e:PtpEdit {
  id: $releaseId + ':' + r.c1 + ':' + r.c2 + ':' + r.eff,
  setting: $setting, column1: r.c1, column2: r.c2, priorTo1996: r.p,
  effectiveDate: date(r.eff), deletionDate: date(r.del), modifierIndicator: r.mi,
  rationale: r.why, releaseId: $releaseId
})
CREATE (e)-[:COLUMN_1]->(c1)
CREATE (e)-[:COLUMN_2]->(c2)
CREATE (e)-[:FROM_RELEASE]->(rel)
