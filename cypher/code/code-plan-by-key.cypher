// code-plan-by-key: everything one level of a GraphQL selection asks of each code, in one round trip
// (code/parts/plan); the API primes the loaders of those fields from the row.
// $keys: [{i, code, parts, cite, fee, peers, ptp}] (see code/parts/plan), $limit: the largest page limit.
// One row per code found.
UNWIND $keys AS k
MATCH (c:Code {code: k.code})
// @include code/parts/plan
RETURN k.i AS i, planRow AS row
