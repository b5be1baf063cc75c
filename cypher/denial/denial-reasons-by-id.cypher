// denial-reasons-by-id: DenialReason nodes with their predicted CARC and RARC codes and the codes they
// apply to (denial/parts/denial-row).
UNWIND $ids AS wanted
MATCH (d:DenialReason {id: wanted})
// @include denial/parts/denial-row
RETURN denialRow.reason AS reason, denialRow.carcs AS carcs, denialRow.rarcs AS rarcs, denialRow.codes AS codes
