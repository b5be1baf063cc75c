/**
 * Ids of the curated Rule, DenialReason and Modifier nodes the claim-check rules cite (seeded by
 * seeds/, see docs/model.md). The rules read their statements, CARC/RARC and sources from the graph.
 */

export const RULE_IDS = {
  ptpBypass: 'ncci-ptp-bypass',
  global000: 'global-000',
  global010: 'global-010',
  global090: 'global-090',
  modifier58: 'modifier-58',
  modifier78: 'modifier-78',
  modifier79: 'modifier-79',
} as const;

export const DENIAL_IDS = {
  ptpBundled: 'denial:ptp-bundled',
  ptpMutuallyExclusive: 'denial:ptp-mutually-exclusive',
  mueExceeded: 'denial:mue-exceeded',
  globalPeriod: 'denial:global-period',
  modifierIndicator: 'denial:modifier-indicator',
  siteOfService: 'denial:site-of-service',
  statusNotPayable: 'denial:status-not-payable',
} as const;

export const ALL_RULE_IDS: string[] = Object.values(RULE_IDS);
export const ALL_DENIAL_REASON_IDS: string[] = Object.values(DENIAL_IDS);

/** Modifiers whose global-period meaning the global-period rule explains (CMS IOM 100-04 ch.12 §40.2). */
export const GLOBAL_MODIFIERS = ['24', '25', '57', '58', '78', '79'];
