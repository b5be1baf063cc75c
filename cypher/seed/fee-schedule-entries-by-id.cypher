// fee-schedule-entries-by-id: seeded PFS RVU rows as FeeScheduleEntry nodes (id <releaseId>:<code>:<mod|->),
// -[:FOR_CODE]->(Code), -[:FROM_RELEASE]->(Release) (provenance through the release's PUBLISHED_AS source,
// locator on the node), and the row's GLOB DAYS as (Code)-[:HAS_GLOBAL_PERIOD {provenanceKey: releaseId}].
// $rows: [{id, code, releaseId, props, locator, sourceIds, verifiedOn}]
UNWIND $rows AS row
MATCH (rel:Release {id: row.releaseId})
MERGE (c:Code {code: row.code})
MERGE (f:FeeScheduleEntry {id: row.id})
SET f += row.props,
    f.nationalNonFacilityCents = toInteger(row.props.nationalNonFacilityCents),
    f.nationalFacilityCents = toInteger(row.props.nationalFacilityCents)
MERGE (f)-[:FOR_CODE]->(c)
MERGE (f)-[:FROM_RELEASE]->(rel)
MERGE (gp:GlobalPeriod {indicator: row.props.globalDays})
MERGE (c)-[g:HAS_GLOBAL_PERIOD {provenanceKey: row.releaseId}]->(gp)
SET g.sourceIds = row.sourceIds, g.releaseId = row.releaseId, g.section = 'GLOB DAYS column',
    g.locator = row.locator, g.verifiedOn = date(row.verifiedOn)
RETURN count(f) AS written
