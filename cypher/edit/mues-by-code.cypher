// mues-by-code: medically unlikely edits of each code from current releases, optionally one setting
// or one release version. $keys: [{i, code, setting, version}].
UNWIND $keys AS k
CALL (k) {
  OPTIONAL MATCH (:Code {code: k.code})<-[:LIMITS]-(m:Mue)-[:FROM_RELEASE]->(r:Release {status: 'current'})
  WHERE (k.setting IS NULL OR m.setting = k.setting) AND (k.version IS NULL OR r.version = k.version)
  WITH m, r ORDER BY m.setting, r.effectiveDate DESC
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE m {.*, releaseVersion: r.version} END) AS mues
}
RETURN k.i AS i, mues
