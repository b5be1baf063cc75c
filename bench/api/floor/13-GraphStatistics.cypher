// GraphStatistics (floor): node counts per label, relationship counts per type (count store), and
// the current releases, newest first.
CALL () {
  MATCH (n:Code) RETURN 'NODE' AS kind, 'Code' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Category) RETURN 'NODE' AS kind, 'Category' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Modifier) RETURN 'NODE' AS kind, 'Modifier' AS name, count(n) AS count
  UNION ALL
  MATCH (n:GlobalPeriod) RETURN 'NODE' AS kind, 'GlobalPeriod' AS name, count(n) AS count
  UNION ALL
  MATCH (n:StatusIndicator) RETURN 'NODE' AS kind, 'StatusIndicator' AS name, count(n) AS count
  UNION ALL
  MATCH (n:FeeScheduleEntry) RETURN 'NODE' AS kind, 'FeeScheduleEntry' AS name, count(n) AS count
  UNION ALL
  MATCH (n:SitePayment) RETURN 'NODE' AS kind, 'SitePayment' AS name, count(n) AS count
  UNION ALL
  MATCH (n:PtpEdit) RETURN 'NODE' AS kind, 'PtpEdit' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Mue) RETURN 'NODE' AS kind, 'Mue' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Locality) RETURN 'NODE' AS kind, 'Locality' AS name, count(n) AS count
  UNION ALL
  MATCH (n:DenialReason) RETURN 'NODE' AS kind, 'DenialReason' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Carc) RETURN 'NODE' AS kind, 'Carc' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Rarc) RETURN 'NODE' AS kind, 'Rarc' AS name, count(n) AS count
  UNION ALL
  MATCH (n:DocumentationRequirement) RETURN 'NODE' AS kind, 'DocumentationRequirement' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Faq) RETURN 'NODE' AS kind, 'Faq' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Rule) RETURN 'NODE' AS kind, 'Rule' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Source) RETURN 'NODE' AS kind, 'Source' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Release) RETURN 'NODE' AS kind, 'Release' AS name, count(n) AS count
  UNION ALL
  MATCH (n:Dataset) RETURN 'NODE' AS kind, 'Dataset' AS name, count(n) AS count
  UNION ALL
  MATCH ()-[r:IN_CATEGORY]->() RETURN 'RELATIONSHIP' AS kind, 'IN_CATEGORY' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:PART_OF]->() RETURN 'RELATIONSHIP' AS kind, 'PART_OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:HAS_GLOBAL_PERIOD]->() RETURN 'RELATIONSHIP' AS kind, 'HAS_GLOBAL_PERIOD' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:FOR_CODE]->() RETURN 'RELATIONSHIP' AS kind, 'FOR_CODE' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:FROM_RELEASE]->() RETURN 'RELATIONSHIP' AS kind, 'FROM_RELEASE' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:CITES]->() RETURN 'RELATIONSHIP' AS kind, 'CITES' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:PUBLISHED_AS]->() RETURN 'RELATIONSHIP' AS kind, 'PUBLISHED_AS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COLUMN_1]->() RETURN 'RELATIONSHIP' AS kind, 'COLUMN_1' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:COLUMN_2]->() RETURN 'RELATIONSHIP' AS kind, 'COLUMN_2' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:LIMITS]->() RETURN 'RELATIONSHIP' AS kind, 'LIMITS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:PREDICTS]->() RETURN 'RELATIONSHIP' AS kind, 'PREDICTS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:APPLIES_TO]->() RETURN 'RELATIONSHIP' AS kind, 'APPLIES_TO' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:ABOUT]->() RETURN 'RELATIONSHIP' AS kind, 'ABOUT' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:ALLOWS]->() RETURN 'RELATIONSHIP' AS kind, 'ALLOWS' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:FOLLOW_UP_OF]->() RETURN 'RELATIONSHIP' AS kind, 'FOLLOW_UP_OF' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:APPLICABLE_MODIFIER]->() RETURN 'RELATIONSHIP' AS kind, 'APPLICABLE_MODIFIER' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:REFERENCES]->() RETURN 'RELATIONSHIP' AS kind, 'REFERENCES' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:ACTIVE_RELEASE]->() RETURN 'RELATIONSHIP' AS kind, 'ACTIVE_RELEASE' AS name, count(r) AS count
  UNION ALL
  MATCH ()-[r:HAS_RELEASE]->() RETURN 'RELATIONSHIP' AS kind, 'HAS_RELEASE' AS name, count(r) AS count
}
WITH collect({kind: kind, name: name, count: count}) AS rows
CALL () {
  MATCH (r:Release {status: 'current'})
  WITH r ORDER BY r.effectiveDate DESC, r.dataset, r.version LIMIT 500
  RETURN collect({dataset: r.dataset, version: r.version, effectiveDate: toString(r.effectiveDate), status: r.status, synthetic: r.synthetic = true, rowCount: r.rowCount}) AS releases
}
RETURN {
  graphStatistics: {
    totalNodes: reduce(t = 0, x IN rows | t + CASE WHEN x.kind = 'NODE' THEN x.count ELSE 0 END),
    nodes: [x IN rows WHERE x.kind = 'NODE' | {name: x.name, count: x.count}],
    relationships: [x IN rows WHERE x.kind = 'RELATIONSHIP' | {name: x.name, count: x.count}]
  },
  releases: releases
} AS data
