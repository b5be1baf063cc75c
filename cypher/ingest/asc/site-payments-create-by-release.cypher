// site-payments-create-by-release (ASC): one batch of Addendum AA rows as SitePayment setting 'ASC'.
MATCH (rel:Release {id: $releaseId})
UNWIND $rows AS r
MATCH (c:Code {code: r.code})
CREATE (p:SitePayment {
  id: $releaseId + ':ASC:' + r.code, setting: 'ASC', code: r.code, year: $year,
  description: r.description, paymentIndicator: r.paymentIndicator, paymentWeight: r.paymentWeight,
  amountCents: r.amountCents, multipleProcedureDiscount: r.multipleProcedureDiscount,
  releaseId: $releaseId
})
CREATE (p)-[:FOR_CODE]->(c)
CREATE (p)-[:FROM_RELEASE]->(rel)
