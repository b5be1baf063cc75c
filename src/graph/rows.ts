/**
 * The shapes of rows read from Neo4j (after src/db/values.ts conversion). Properties are optional
 * where the model allows a source to leave them out.
 */
export type Props = Record<string, unknown>;

export interface CodeRow {
  code: Props & { code: string };
  globalPeriod: (Props & { indicator: string }) | null;
  /** Every valid statement of the global period, one per source. */
  globalPeriodFacts: RelFact[];
  status: Props | null;
  /** The sources the global-period facts name (they prime the source loader). */
  sources?: SourceRow[];
}

/** Provenance carried on a fact-bearing relationship. */
export interface RelFact {
  sourceIds?: string[] | null;
  releaseId?: string | null;
  section?: string | null;
  verifiedOn?: string | null;
  modifiers?: string[] | null;
  [k: string]: unknown;
}

export interface CitationRow {
  sourceId: string;
  releaseId: string | null;
  section: string | null;
  locator: string | null;
  verifiedOn: string | null;
}

export interface EntryWithRelease {
  entry: Props & { id: string; code: string };
  release: Props & { id: string; version: string };
}

export interface PaymentWithRelease {
  payment: Props & { id: string; setting: string };
  release: (Props & { id: string; version: string }) | null;
}

export interface Neighbours {
  code: string;
  modifiers: { modifier: string; fact: RelFact; props?: Props }[];
  documentation: (Props & { id: string })[];
  faqs: (Props & { id: string })[];
  denialReasons: string[];
  denialRows?: DenialRow[];
  categories: { category: string; fact: RelFact; props?: Props }[];
  ancestors?: (Props & { id: string })[];
  followUpOf: { code: string; fact: RelFact }[];
  followUps: { code: string; fact: RelFact }[];
  /** The modifiers the follow-up facts name (they prime the modifier loader). */
  followModifiers?: Props[];
  sources?: SourceRow[];
}

export interface DenialRow {
  reason: Props & { id: string };
  carcs: Props[];
  rarcs: Props[];
  codes: string[];
}

export interface SourceRow {
  source: Props & { id: string };
  references: string[];
}

export interface ReleaseRow {
  release: Props & { id: string; dataset: string; version: string };
  sourceId: string | null;
}

export type EditRow = Props & {
  id: string;
  column1: string;
  column2: string;
  setting: string;
  releaseId: string;
};
