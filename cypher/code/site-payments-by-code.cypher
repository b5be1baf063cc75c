// site-payments-by-code: payments by site of service for each code (code/parts/site-payments).
UNWIND $codes AS code
MATCH (c:Code {code: code})
// @include code/parts/site-payments
RETURN code, payments
