// ReleasesSideBySide (floor): the code's global fee-schedule row in every current PFS release, newest first.
MATCH (c:Code {code: $code})
CALL (c) {
  OPTIONAL MATCH (c)<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE coalesce(f.modifier, '') = ''
  WITH f, r ORDER BY r.effectiveDate DESC
  WITH f, r, f.nationalFacilityCents AS fac
  RETURN collect(CASE WHEN f IS NULL THEN null ELSE {
    releaseVersion: r.version, workRvu: f.workRvu, nonFacilityNa: coalesce(f.nonFacilityNa, false) = true, facilityTotal: f.facilityTotal,
    conversionFactor: f.conversionFactor,
    nationalFacility: CASE WHEN fac IS NULL THEN null ELSE {amount: toString(toInteger(fac) / 100) + '.' + right('0' + toString(toInteger(fac) % 100), 2)} END,
    release: {effectiveDate: toString(r.effectiveDate), synthetic: r.synthetic = true}
  } END) AS history
}
RETURN {code: {code: c.code, feeScheduleHistory: history}} AS data
