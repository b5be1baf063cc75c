// citations (fragment): the provenance of the fact node `f`: every Source it CITES (with section,
// locator, date verified) and, for dataset facts, the Release and the Source it was published as.
// In: f. Binds: citations, citedSources (the Source nodes they name, for source/parts/source-row),
// releases (releases-by-id rows).
CALL (f) {
  CALL (f) {
    OPTIONAL MATCH (f)-[c:CITES]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: null, section: c.section, locator: c.locator, verifiedOn: toString(c.verifiedOn)} END) AS cited,
           collect(s) AS citedSources
  }
  CALL (f) {
    OPTIONAL MATCH (f)-[:FROM_RELEASE]->(r:Release)-[:PUBLISHED_AS]->(s:Source)
    RETURN collect(CASE WHEN s IS NULL THEN null ELSE {sourceId: s.id, releaseId: r.id, section: null, locator: null, verifiedOn: toString(date(r.loadedAt))} END) AS released,
           collect(s) AS releasedSources,
           collect(CASE WHEN s IS NULL THEN null ELSE {release: r {.*}, sourceId: s.id} END) AS releases
  }
  RETURN cited + released AS citations, citedSources + releasedSources AS citedSources, releases
}
