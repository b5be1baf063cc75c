// release-relationships-delete-by-release: the fact-bearing relationships a release wrote between
// shared nodes (HAS_GLOBAL_PERIOD from the PFS GLOB DAYS column), found through the 7 GlobalPeriods.
MATCH (:GlobalPeriod)<-[h:HAS_GLOBAL_PERIOD]-(:Code)
WHERE h.releaseId = $releaseId
DELETE h
RETURN count(*) AS deleted
