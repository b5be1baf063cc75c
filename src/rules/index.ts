/**
 * Every claim-check rule, in the order their findings are reported. Each is a pure function
 * (claim, context) => Finding[] in its own file, with its CMS/NCCI source in its doc comment.
 */
import type { ClaimRule } from '../claims/types.js';
import { distinctServiceModifiers } from './distinct-service-modifiers.js';
import { globalPeriod } from './global-period.js';
import { modifierIndicators } from './modifier-indicators.js';
import { mueExceeded } from './mue-exceeded.js';
import { ptpConflict } from './ptp-conflict.js';
import { siteOfService } from './site-of-service.js';
import { statusCode } from './status-code.js';

export const RULES: readonly { name: string; check: ClaimRule }[] = [
  { name: 'ptp-conflict', check: ptpConflict },
  { name: 'mue-exceeded', check: mueExceeded },
  { name: 'global-period', check: globalPeriod },
  { name: 'modifier-indicators', check: modifierIndicators },
  { name: 'distinct-service-modifiers', check: distinctServiceModifiers },
  { name: 'site-of-service', check: siteOfService },
  { name: 'status-code', check: statusCode },
];
