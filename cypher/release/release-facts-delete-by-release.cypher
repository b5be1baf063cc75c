// release-facts-delete-by-release: one batch of a release's fact nodes (FeeScheduleEntry, PtpEdit,
// Mue, Locality, SitePayment: everything that points at it with FROM_RELEASE). Called until 0.
MATCH (:Release {id: $releaseId})<-[:FROM_RELEASE]-(f)
WITH f LIMIT $limit
DETACH DELETE f
RETURN count(*) AS deleted
