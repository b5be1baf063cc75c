/**
 * Object references for every GraphQL type, declared apart from their implementations so that type
 * files can point at each other without import cycles. No fields here.
 */
import type {
  CitationRow,
  CodeRow,
  DenialRow,
  EditRow,
  EntryWithRelease,
  PaymentWithRelease,
  Props,
  ReleaseRow,
  SourceRow,
} from '../graph/rows.js';
import { builder } from './builder.js';

export const CodeRef = builder.objectRef<CodeRow>('Code');
export const CategoryRef = builder.objectRef<Props & { id: string }>('Category');
export const GlobalPeriodRef = builder.objectRef<Props & { indicator: string }>('GlobalPeriod');
export const StatusIndicatorRef = builder.objectRef<Props & { code: string }>('StatusIndicator');
export const ModifierRef = builder.objectRef<Props & { code: string }>('Modifier');
export const RuleRef = builder.objectRef<{ rule: Props & { id: string }; allows: string[] }>('Rule');
export const FeeScheduleEntryRef = builder.objectRef<EntryWithRelease>('FeeScheduleEntry');
export const SitePaymentRef = builder.objectRef<PaymentWithRelease>('SitePayment');
export const PtpEditRef = builder.objectRef<EditRow>('PtpEdit');
export const MueRef = builder.objectRef<Props & { id: string }>('Mue');
export const DenialReasonRef = builder.objectRef<DenialRow>('DenialReason');
export const AdjustmentCodeRef = builder.objectRef<Props & { code: string; kind: 'CARC' | 'RARC' }>(
  'AdjustmentCode',
);
export const DocumentationRequirementRef = builder.objectRef<Props & { id: string }>(
  'DocumentationRequirement',
);
export const FaqRef = builder.objectRef<Props & { id: string }>('Faq');
export const SourceRef = builder.objectRef<SourceRow>('Source');
export const ReleaseRef = builder.objectRef<ReleaseRow>('Release');
export const CitationRef = builder.objectRef<CitationRow>('Citation');

/** A relationship between two codes that a source states, e.g. 27594 follows 27592 inside its global. */
export interface CodeLinkShape {
  code: string;
  fact: import('../graph/rows.js').RelFact;
}
export const FollowUpRef = builder.objectRef<CodeLinkShape & { direction: 'FOLLOWS' | 'FOLLOWED_BY' }>(
  'FollowUp',
);
export const ApplicableModifierRef = builder.objectRef<{
  modifier: string;
  fact: import('../graph/rows.js').RelFact;
}>('ApplicableModifier');
