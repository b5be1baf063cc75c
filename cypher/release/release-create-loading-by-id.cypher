// release-create-loading-by-id: step 4 of the import protocol. Creates the Release in status
// 'loading' under its Dataset, published as the dataset's Source (created if missing; an existing
// Source's curated properties are never overwritten).
MERGE (d:Dataset {name: $dataset})
MERGE (s:Source {id: $source.id})
  ON CREATE SET s.title = $source.title, s.publisher = $source.publisher, s.url = $source.url,
                s.kind = $source.kind
CREATE (r:Release {
  id: $releaseId, dataset: $dataset, version: $version, effectiveDate: date($effectiveDate),
  status: 'loading', synthetic: $synthetic, files: $files, checksums: $checksums,
  rowCount: $rowCount, formatVersion: $formatVersion, loadedAt: datetime(), loadedBy: 'import'
})
CREATE (d)-[:HAS_RELEASE]->(r)
CREATE (r)-[:PUBLISHED_AS]->(s)
RETURN r.id AS id
