/**
 * Enums shared by several types. Each value is an allow-list entry: labels, settings and sort keys
 * reach Cypher only through these, never as free text.
 */
import { builder } from './builder.js';

export const EditRole = builder.enumType('EditRole', {
  description: 'Which column of an NCCI PTP edit the code is in.',
  values: ['COLUMN_1', 'COLUMN_2', 'ANY'] as const,
});

export const NcciSetting = builder.enumType('NcciSetting', {
  description: 'NCCI PTP edit files: practitioner or outpatient hospital.',
  values: ['PRACTITIONER', 'HOSPITAL'] as const,
});

export const MueSetting = builder.enumType('MueSetting', {
  description: 'NCCI MUE files: practitioner, outpatient hospital, DME supplier.',
  values: ['PRACTITIONER', 'HOSPITAL', 'DME'] as const,
});

export const EntityLabel = builder.enumType('EntityLabel', {
  description: 'Kinds of entity that search and shortestPath can name.',
  values: ['Code', 'Modifier', 'Source', 'DenialReason', 'GlobalPeriod', 'Carc', 'Rarc', 'Rule'] as const,
});
