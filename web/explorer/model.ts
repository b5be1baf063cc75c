/**
 * The explorer's graph model: nodes and edges as drawn, each carrying the facts it shows and the
 * citations (source, release, section, verified date) behind them. Built from GraphQL answers.
 */
export type NodeKind =
  | 'Code'
  | 'Modifier'
  | 'GlobalPeriod'
  | 'DenialReason'
  | 'Source'
  | 'FeeSchedule'
  | 'SitePayment'
  | 'Rule'
  | 'AdjustmentCode'
  | 'Category';

export interface Cite {
  source: {
    sourceId: string;
    title: string;
    publisher?: string | null;
    url?: string | null;
    kind?: string | null;
    verifiedOn?: string | null;
  };
  release?: { version: string; dataset: string; effectiveDate?: string | null } | null;
  section?: string | null;
  locator?: string | null;
  verifiedOn?: string | null;
}

/** One fact with the citations that state it: the unit the provenance panel shows. */
export interface Provenance {
  fact: string;
  citations: Cite[];
}

export interface Fact {
  label: string;
  value: string;
}

export interface GNode {
  id: string;
  kind: NodeKind;
  key: string;
  label: string;
  title?: string;
  facts: Fact[];
  provenance: Provenance[];
  /** Kinds with a neighbourhood query can be expanded by a click. */
  expandable: boolean;
  /** Full details were fetched (a stub seen from a neighbour has fewer facts). */
  detailed?: boolean;
  link?: string | null;
  list?: { heading: string; items: string[] };
}

export interface GEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  facts: Fact[];
  provenance: Provenance[];
}

export interface Neighbourhood {
  center: string;
  nodes: GNode[];
  edges: GEdge[];
  notes: string[];
}

export const nodeId = (kind: NodeKind, key: string) => `${kind}:${key}`;

/** The URL parameter of each kind that can be opened directly, e.g. /explorer?code=27594. */
export const urlParams: Partial<Record<NodeKind, string>> = {
  Code: 'code',
  Modifier: 'modifier',
  GlobalPeriod: 'globalPeriod',
  DenialReason: 'denialReason',
  Source: 'source',
};

export const kindLabels: Record<NodeKind, string> = {
  Code: 'Code',
  Modifier: 'Modifier',
  GlobalPeriod: 'Global period',
  DenialReason: 'Denial reason',
  Source: 'Source',
  FeeSchedule: 'Fee schedule',
  SitePayment: 'Site payment',
  Rule: 'Rule',
  AdjustmentCode: 'CARC / RARC',
  Category: 'Category',
};

export function fact(label: string, value: unknown): Fact[] {
  if (value === null || value === undefined || value === '') return [];
  return [{ label, value: typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value) }];
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
