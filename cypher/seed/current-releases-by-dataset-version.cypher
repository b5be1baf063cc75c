// current-releases-by-dataset-version: current releases of each (dataset, version), through the
// (dataset, version) index. $keys: [{dataset, version}]. Rows: {dataset, version, id, loadedBy}.
UNWIND $keys AS k
MATCH (r:Release {dataset: k.dataset, version: k.version})
WHERE r.status = 'current'
RETURN k.dataset AS dataset, k.version AS version, r.id AS id, r.loadedBy AS loadedBy
