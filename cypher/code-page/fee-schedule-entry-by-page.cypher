// fee-schedule-entry-by-page: the RVU values a code page states for one PFS release version, as a
// FeeScheduleEntry of the seed release `PFS_RVU:<version>:seed` (created here when missing, 'current'
// unless a full-file load of that version is already current, then 'superseded': readers keep the file's
// values and the page's stay as a cited claim). -[:FOR_CODE]->(Code), -[:FROM_RELEASE]->(Release),
// -[:CITES]-> the page and the reference the attribution names; the release -[:PUBLISHED_AS]-> it.
// $code, $release: {id, dataset, version, effectiveDate, sourceIds}, $entry: {id, props, cites}
OPTIONAL MATCH (other:Release {dataset: $release.dataset, version: $release.version})
WHERE other.status = 'current' AND other.id <> $release.id
WITH count(other) > 0 AS fullLoadIsCurrent
MERGE (r:Release {id: $release.id})
  ON CREATE SET r.dataset = $release.dataset,
                r.version = $release.version,
                r.effectiveDate = date($release.effectiveDate),
                r.loadedBy = 'seed',
                r.synthetic = false,
                r.loadedAt = datetime(),
                r.status = CASE WHEN fullLoadIsCurrent THEN 'superseded' ELSE 'current' END
  ON MATCH SET r.status = CASE WHEN fullLoadIsCurrent THEN 'superseded' ELSE r.status END
WITH r
CALL (r) {
  UNWIND $release.sourceIds AS sid
  MATCH (s:Source {id: sid})
  MERGE (r)-[:PUBLISHED_AS]->(s)
}
MATCH (c:Code {code: $code})
MERGE (f:FeeScheduleEntry {id: $entry.id})
SET f += $entry.props, f.nationalCents = toInteger($entry.props.nationalCents)
MERGE (f)-[:FOR_CODE]->(c)
MERGE (f)-[:FROM_RELEASE]->(r)
WITH f
CALL (f) {
  OPTIONAL MATCH (f)-[old:CITES]->(gone:Source)
  WHERE NOT gone.id IN [x IN $entry.cites | x.sourceId]
  DELETE old
}
CALL (f) {
  UNWIND $entry.cites AS cite
  MATCH (s:Source {id: cite.sourceId})
  MERGE (f)-[x:CITES]->(s)
  SET x.section = cite.section, x.locator = cite.locator, x.verifiedOn = date(cite.verifiedOn)
}
RETURN f.id AS id
