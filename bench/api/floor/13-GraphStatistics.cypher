// GraphStatistics (floor): node counts per label, relationship counts per type (count store, through COUNT subqueries), and
// the current releases, newest first.
UNWIND [
  {kind: 'NODE', name: 'Code', count: COUNT { (:Code) }},
  {kind: 'NODE', name: 'Category', count: COUNT { (:Category) }},
  {kind: 'NODE', name: 'Modifier', count: COUNT { (:Modifier) }},
  {kind: 'NODE', name: 'GlobalPeriod', count: COUNT { (:GlobalPeriod) }},
  {kind: 'NODE', name: 'StatusIndicator', count: COUNT { (:StatusIndicator) }},
  {kind: 'NODE', name: 'FeeScheduleEntry', count: COUNT { (:FeeScheduleEntry) }},
  {kind: 'NODE', name: 'SitePayment', count: COUNT { (:SitePayment) }},
  {kind: 'NODE', name: 'PtpEdit', count: COUNT { (:PtpEdit) }},
  {kind: 'NODE', name: 'Mue', count: COUNT { (:Mue) }},
  {kind: 'NODE', name: 'Locality', count: COUNT { (:Locality) }},
  {kind: 'NODE', name: 'DenialReason', count: COUNT { (:DenialReason) }},
  {kind: 'NODE', name: 'Carc', count: COUNT { (:Carc) }},
  {kind: 'NODE', name: 'Rarc', count: COUNT { (:Rarc) }},
  {kind: 'NODE', name: 'DocumentationRequirement', count: COUNT { (:DocumentationRequirement) }},
  {kind: 'NODE', name: 'Faq', count: COUNT { (:Faq) }},
  {kind: 'NODE', name: 'Rule', count: COUNT { (:Rule) }},
  {kind: 'NODE', name: 'Source', count: COUNT { (:Source) }},
  {kind: 'NODE', name: 'Release', count: COUNT { (:Release) }},
  {kind: 'NODE', name: 'Dataset', count: COUNT { (:Dataset) }},
  {kind: 'RELATIONSHIP', name: 'IN_CATEGORY', count: COUNT { ()-[:IN_CATEGORY]->() }},
  {kind: 'RELATIONSHIP', name: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }},
  {kind: 'RELATIONSHIP', name: 'HAS_GLOBAL_PERIOD', count: COUNT { ()-[:HAS_GLOBAL_PERIOD]->() }},
  {kind: 'RELATIONSHIP', name: 'FOR_CODE', count: COUNT { ()-[:FOR_CODE]->() }},
  {kind: 'RELATIONSHIP', name: 'FROM_RELEASE', count: COUNT { ()-[:FROM_RELEASE]->() }},
  {kind: 'RELATIONSHIP', name: 'CITES', count: COUNT { ()-[:CITES]->() }},
  {kind: 'RELATIONSHIP', name: 'PUBLISHED_AS', count: COUNT { ()-[:PUBLISHED_AS]->() }},
  {kind: 'RELATIONSHIP', name: 'COLUMN_1', count: COUNT { ()-[:COLUMN_1]->() }},
  {kind: 'RELATIONSHIP', name: 'COLUMN_2', count: COUNT { ()-[:COLUMN_2]->() }},
  {kind: 'RELATIONSHIP', name: 'LIMITS', count: COUNT { ()-[:LIMITS]->() }},
  {kind: 'RELATIONSHIP', name: 'PREDICTS', count: COUNT { ()-[:PREDICTS]->() }},
  {kind: 'RELATIONSHIP', name: 'APPLIES_TO', count: COUNT { ()-[:APPLIES_TO]->() }},
  {kind: 'RELATIONSHIP', name: 'ABOUT', count: COUNT { ()-[:ABOUT]->() }},
  {kind: 'RELATIONSHIP', name: 'ALLOWS', count: COUNT { ()-[:ALLOWS]->() }},
  {kind: 'RELATIONSHIP', name: 'FOLLOW_UP_OF', count: COUNT { ()-[:FOLLOW_UP_OF]->() }},
  {kind: 'RELATIONSHIP', name: 'APPLICABLE_MODIFIER', count: COUNT { ()-[:APPLICABLE_MODIFIER]->() }},
  {kind: 'RELATIONSHIP', name: 'REFERENCES', count: COUNT { ()-[:REFERENCES]->() }},
  {kind: 'RELATIONSHIP', name: 'ACTIVE_RELEASE', count: COUNT { ()-[:ACTIVE_RELEASE]->() }},
  {kind: 'RELATIONSHIP', name: 'HAS_RELEASE', count: COUNT { ()-[:HAS_RELEASE]->() }}
] AS row
WITH collect(row) AS rows
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
