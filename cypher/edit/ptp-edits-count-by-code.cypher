// ptp-edits-count-by-code: the number of edits ptp-edits-by-code would page through, per key
// (edit/parts/ptp-edits, asked for an empty page).
UNWIND $keys AS k
MATCH (c:Code {code: k.code})
WITH k, c, k AS ek
// @include edit/parts/ptp-edits
RETURN k.i AS i, ptpTotal AS total
