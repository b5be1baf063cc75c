// releases-superseded-with-facts-by-dataset: superseded loads whose facts are still to be deleted
// (step 6 of the import protocol; also finishes the cleanup of a run killed after its flip).
MATCH (:Dataset {name: $dataset})-[:HAS_RELEASE]->(r:Release {status: 'superseded'})
WHERE EXISTS { (r)<-[:FROM_RELEASE]-() } OR EXISTS { (:Code)-[:HAS_GLOBAL_PERIOD {releaseId: r.id}]->(:GlobalPeriod) }
RETURN r.id AS id
