// price-by-code-and-locality: the PFS payment of a code in one MAC locality.
//   cents = round((work × work GPCI + PE × PE GPCI + MP × MP GPCI) × CF × 100)   (DOMAIN.md)
// $version names a PFS_RVU version (null → the active release); the GPCI comes from the active GPCI
// release. Non-facility cents are null when the file marks the non-facility PE as NA.
MATCH (:Dataset {name: 'GPCI'})-[:ACTIVE_RELEASE]->(grel:Release)
MATCH (grel)<-[:FROM_RELEASE]-(l:Locality {mac: $mac, locality: $locality})
CALL (l) {
  MATCH (:Dataset {name: 'PFS_RVU'})-[:ACTIVE_RELEASE]->(active:Release)
  OPTIONAL MATCH (named:Release {dataset: 'PFS_RVU', version: $version, status: 'current'})
  WITH CASE WHEN $version IS NULL THEN active ELSE named END AS rel
  WHERE rel IS NOT NULL
  RETURN rel
}
MATCH (c:Code {code: $code})<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(rel)
WHERE f.modifier IS NULL
WITH f, l, rel, grel,
     f.workRvu * l.workGpci + f.nonFacilityPeRvu * l.peGpci + f.mpRvu * l.mpGpci AS nonFacilityRvu,
     f.workRvu * l.workGpci + f.facilityPeRvu * l.peGpci + f.mpRvu * l.mpGpci AS facilityRvu
RETURN f.code AS code, rel.id AS releaseId, rel.version AS version, grel.id AS gpciReleaseId,
       l.mac AS mac, l.locality AS locality, l.name AS localityName,
       f.workRvu AS workRvu, f.nonFacilityPeRvu AS nonFacilityPeRvu, f.facilityPeRvu AS facilityPeRvu,
       f.mpRvu AS mpRvu, l.workGpci AS workGpci, l.peGpci AS peGpci, l.mpGpci AS mpGpci,
       f.conversionFactor AS conversionFactor,
       CASE WHEN f.nonFacilityNa THEN null
            ELSE toInteger(round(nonFacilityRvu * f.conversionFactor * 100)) END AS nonFacilityCents,
       CASE WHEN f.facilityNa THEN null
            ELSE toInteger(round(facilityRvu * f.conversionFactor * 100)) END AS facilityCents
