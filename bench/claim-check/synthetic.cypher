// Synthetic claim-check bench data (release.synthetic = true; invented values, never facts):
// $codes synthetic codes B0000.. with a PFS entry each, $perCode PTP edits per column 1 code to the
// following codes, and one MUE per code. The first statement runs once; the others per chunk of codes
// [$from, $to] (bounded transaction memory), all chunks of the second before the third.
CREATE (s:Source {id: 'bench:synthetic', title: 'Synthetic bench data', publisher: 'ClaimGraph bench', kind: 'DATASET'})
CREATE (:Release {id: 'bench:PFS', dataset: 'PFS_RVU', version: 'SYN25D', effectiveDate: date('2025-10-01'), status: 'current', synthetic: true})-[:PUBLISHED_AS]->(s)
CREATE (:Release {id: 'bench:PTP', dataset: 'NCCI_PTP_PRACTITIONER', version: 'SYN2026Q1', effectiveDate: date('2026-01-01'), status: 'current', synthetic: true})-[:PUBLISHED_AS]->(s)
CREATE (:Release {id: 'bench:MUE', dataset: 'NCCI_MUE_PRACTITIONER', version: 'SYN2026Q1', effectiveDate: date('2026-01-01'), status: 'current', synthetic: true})-[:PUBLISHED_AS]->(s);

MATCH (r:Release {id: 'bench:PFS'}), (m:Release {id: 'bench:MUE'})
UNWIND range(toInteger($from), toInteger($to)) AS i
WITH r, m, i, 'B' + right('0000' + toString(i), 4) AS code
CREATE (c:Code {code: code, system: 'HCPCS', statusCode: 'A'})
CREATE (f:FeeScheduleEntry {id: 'bench:PFS:' + code + ':-', code: code, statusCode: 'A',
  globalDays: CASE WHEN i % 20 < 4 THEN '090' WHEN i % 20 = 4 THEN '000' WHEN i % 20 = 5 THEN '010' ELSE 'XXX' END,
  preOp: 0.1, intraOp: 0.69, postOp: 0.21, nonFacilityNa: i % 2 = 0, facilityNa: false,
  bilatSurg: toString(i % 4), asstSurg: toString(i % 3), coSurg: toString(i % 3), teamSurg: '0', releaseId: r.id})
CREATE (f)-[:FOR_CODE]->(c), (f)-[:FROM_RELEASE]->(r)
CREATE (u:Mue {id: 'bench:MUE:' + code, code: code, setting: 'PRACTITIONER', value: 1 + i % 3,
  adjudicationIndicator: toString(1 + i % 3), rationale: 'Synthetic', releaseId: m.id})
CREATE (u)-[:LIMITS]->(c), (u)-[:FROM_RELEASE]->(m);

MATCH (r:Release {id: 'bench:PTP'})
UNWIND range(toInteger($from), toInteger($to)) AS i
UNWIND range(1, $perCode) AS k
WITH r, 'B' + right('0000' + toString(i), 4) AS c1, 'B' + right('0000' + toString((i + k) % toInteger($codes)), 4) AS c2, (i + k) % 3 AS mi
MATCH (a:Code {code: c1}), (b:Code {code: c2})
CREATE (e:PtpEdit {id: 'bench:PTP:' + c1 + ':' + c2, setting: 'PRACTITIONER', column1: c1, column2: c2,
  effectiveDate: date('2020-01-01'), deletionDate: null, modifierIndicator: CASE mi WHEN 2 THEN '9' ELSE toString(mi) END,
  rationale: 'Synthetic', priorTo1996: false, releaseId: r.id})
CREATE (e)-[:COLUMN_1]->(a), (e)-[:COLUMN_2]->(b), (e)-[:FROM_RELEASE]->(r);
