// global-peers-by-code: for each key, a page of the codes sharing its global period
// (code/parts/global-peers). $keys: [{i, code, after, limit}], $limit: the largest limit. Rows: {i, codes}.
UNWIND $keys AS k
MATCH (c:Code {code: k.code})
WITH k, c, k AS pk
// @include code/parts/global-peers
RETURN k.i AS i, peers AS codes
