// ptp-edits-by-code: a page of NCCI PTP edits naming each code (edit/parts/ptp-edits).
// $keys: [{i, code, role, setting, activeOn, version, after, limit}], $limit: the largest limit.
UNWIND $keys AS k
MATCH (c:Code {code: k.code})
WITH k, c, k AS ek
// @include edit/parts/ptp-edits
RETURN k.i AS i, edits
