// claim-context-by-codes: every graph fact the claim-check rules need for one claim, in ONE read whose
// cost depends on the claim's distinct codes, not on a loop per line.
// $codes: distinct codes of the lines and prior surgeries; $setting: 'PRACTITIONER' | 'HOSPITAL';
// $minDate/$maxDate: the claim's date span (YYYY-MM-DD); $modifiers: modifiers to describe;
// $denialReasonIds, $ruleIds: the DenialReason and Rule nodes the rules may cite.
// Only 'current' releases are read, so a concurrent import is seen whole or not at all (docs/model.md).
CALL () {
  MATCH (c:Code) WHERE c.code IN $codes
  MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  RETURN collect(f {.*, code: c.code, releaseId: r.id}) AS fees
}
CALL () {
  MATCH (e:PtpEdit)
  WHERE e.column1 IN $codes AND e.setting = $setting AND e.column2 IN $codes
    AND e.effectiveDate <= date($maxDate) AND (e.deletionDate IS NULL OR e.deletionDate >= date($minDate))
  MATCH (e)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  RETURN collect(e {.column1, .column2, .setting, .effectiveDate, .deletionDate, .modifierIndicator, .rationale,
    releaseId: r.id}) AS ptpEdits
}
CALL () {
  MATCH (c:Code) WHERE c.code IN $codes
  MATCH (c)<-[:LIMITS]-(m:Mue {setting: $setting})-[:FROM_RELEASE]->(r:Release {status: 'current'})
  RETURN collect(m {.value, .adjudicationIndicator, .rationale, .setting, code: c.code, releaseId: r.id}) AS mues
}
CALL () {
  MATCH (m:Modifier) WHERE m.code IN $modifiers OR m.ptpBypass = true
  RETURN collect(m {.code, .name, .meaning, .ptpBypass, .startsNewGlobalPeriod, .paymentNote}) AS modifiers
}
CALL () {
  MATCH (d:DenialReason) WHERE d.id IN $denialReasonIds
  RETURN collect(d {.id, .title,
    carc: COLLECT { MATCH (d)-[:PREDICTS]->(x:Carc) RETURN x.code ORDER BY x.code },
    rarc: COLLECT { MATCH (d)-[:PREDICTS]->(x:Rarc) RETURN x.code ORDER BY x.code },
    sources: COLLECT { MATCH (d)-[:CITES]->(s:Source) RETURN DISTINCT s {.id, .title, .url, .publisher} ORDER BY s.id }
  }) AS denialReasons
}
CALL () {
  MATCH (u:Rule) WHERE u.id IN $ruleIds
  RETURN collect(u {.id, .statement,
    allows: COLLECT { MATCH (u)-[:ALLOWS]->(m:Modifier) RETURN m.code ORDER BY m.code },
    sources: COLLECT { MATCH (u)-[:CITES]->(s:Source) RETURN DISTINCT s {.id, .title, .url, .publisher} ORDER BY s.id }
  }) AS rules
}
CALL () {
  MATCH (c:Code) WHERE c.code IN $codes
  MATCH (c)<-[:FOR_CODE]-(p:SitePayment {setting: 'ASC'})-[:FROM_RELEASE]->(r:Release {status: 'current'})
  RETURN collect(p {.paymentIndicator, code: c.code, releaseId: r.id}) AS ascPayments
}
CALL () {
  // The current releases (tens, not per row) with the Source each is published as: rows above carry
  // only their releaseId, so a source is looked up once per release, not once per edit.
  MATCH (r:Release {status: 'current'})
  RETURN collect(r {.id, .dataset, .version, .effectiveDate,
    source: head(COLLECT { MATCH (r)-[:PUBLISHED_AS]->(s:Source) RETURN s {.id, .title, .url, .publisher} ORDER BY s.id })
  }) AS releases
}
RETURN fees, ptpEdits, mues, modifiers, denialReasons, rules, ascPayments, releases,
  any(r IN releases WHERE r.dataset = $ascDataset) AS ascDataLoaded
