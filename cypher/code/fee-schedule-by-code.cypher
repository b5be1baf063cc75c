// fee-schedule-by-code: the fee-schedule entry of each code from the chosen release
// (code/parts/fee-schedule). $keys: [{i, code, version, asOf, modifier}].
UNWIND $keys AS k
OPTIONAL MATCH (c:Code {code: k.code})
WITH k, c, k AS fk
// @include code/parts/fee-schedule
RETURN k.i AS i, fee.entry AS entry, fee.release AS release
