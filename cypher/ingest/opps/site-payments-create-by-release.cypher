// site-payments-create-by-release (OPPS): one batch of Addendum B rows as SitePayment setting 'OPPS'.
MATCH (rel:Release {id: $releaseId})
UNWIND $rows AS r
MATCH (c:Code {code: r.code})
CREATE (p:SitePayment {
  id: $releaseId + ':OPPS:' + r.code, setting: 'OPPS', code: r.code, year: $year,
  description: r.description, statusIndicator: r.statusIndicator, apc: r.apc,
  relativeWeight: r.relativeWeight, amountCents: r.amountCents,
  nationalCopayCents: r.nationalCopayCents, minimumCopayCents: r.minimumCopayCents,
  releaseId: $releaseId
})
CREATE (p)-[:FOR_CODE]->(c)
CREATE (p)-[:FROM_RELEASE]->(rel)
