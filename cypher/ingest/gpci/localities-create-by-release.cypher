// localities-create-by-release: one batch of GPCI rows (one per MAC locality) for a loading release.
MATCH (rel:Release {id: $releaseId})
UNWIND $rows AS r
CREATE (l:Locality {
  id: $releaseId + ':' + r.mac + ':' + r.locality, mac: r.mac, locality: r.locality, state: r.state,
  name: r.name, workGpci: r.workGpci, peGpci: r.peGpci, mpGpci: r.mpGpci, releaseId: $releaseId
})
CREATE (l)-[:FROM_RELEASE]->(rel)
