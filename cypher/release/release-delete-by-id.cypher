// release-delete-by-id: removes a Release node that is not current (a killed run's 'loading' load),
// after its facts were deleted in batches.
MATCH (r:Release {id: $releaseId})
WHERE r.status <> 'current'
DETACH DELETE r
