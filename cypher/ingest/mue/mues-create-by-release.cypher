// mues-create-by-release: one batch of NCCI MUE rows for a loading release; each Mue LIMITS its Code.
MATCH (rel:Release {id: $releaseId})
UNWIND $rows AS r
MATCH (c:Code {code: r.code})
CREATE (m:Mue {
  id: $releaseId + ':' + r.code, code: r.code, setting: $setting, value: r.value,
  adjudicationIndicator: r.adjudicationIndicator, adjudicationDescription: r.adjudicationDescription,
  rationale: r.rationale, releaseId: $releaseId
})
CREATE (m)-[:LIMITS]->(c)
CREATE (m)-[:FROM_RELEASE]->(rel)
