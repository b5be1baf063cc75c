/** What the parser reads out of one code page. Every item carries the 1-based line it stands on. */

export type SectionKey =
  | 'documentation'
  | 'modifiers'
  | 'covers'
  | 'rvu'
  | 'sites'
  | 'denials'
  | 'faq'
  | 'sources';

/** Section titles as the publisher prints them (matched case-insensitively, "&" = "and"). */
export const SECTION_TITLES: Record<SectionKey, string> = {
  documentation: 'Documentation requirements',
  modifiers: 'Applicable modifiers',
  covers: 'What this code covers',
  rvu: 'RVU & reimbursement',
  sites: 'Payment by site of service',
  denials: 'Common denial reasons',
  faq: 'Frequently asked questions',
  sources: 'Sources & references',
};

export interface Attribution {
  line: number;
  text: string;
  /** Names the attribution cites, e.g. "CMS OPPS Addendum B"; generic "cited references" dropped. */
  names: string[];
  /** Source ids the names resolve to (references of the page, known sources, or attr:<slug>). */
  sourceIds: string[];
  /** Each name with the source id it resolved to. */
  resolved: { name: string; sourceId: string }[];
  version: string | null;
  when: string[];
}

export interface Section {
  key: SectionKey;
  title: string;
  line: number;
  purpose: string | null;
  attribution: Attribution | null;
}

export interface HeaderValue {
  label: string;
  value: string;
  line: number;
}

export interface TextItem {
  ordinal: number;
  text: string;
  line: number;
}

export interface ModifierMention {
  code: string;
  section: SectionKey;
  line: number;
}

export interface RvuValues {
  line: number;
  version: string | null;
  effectiveDate: string | null;
  year: number | null;
  workRvu: number | null;
  peRvu: number | null;
  mpRvu: number | null;
  totalRvu: number | null;
  nationalCents: number | null;
  conversionFactor: number | null;
  globalPeriod: string | null;
  /** Line of each table row, by field name, for locators. */
  lines: Record<string, number>;
}

export type SiteSetting = 'PFS_NON_FACILITY' | 'PFS_FACILITY' | 'OPPS' | 'ASC';

export interface SitePaymentRow {
  setting: SiteSetting;
  label: string;
  amountCents: number;
  apc: string | null;
  paymentIndicator: string | null;
  line: number;
}

export interface Faq {
  ordinal: number;
  question: string;
  answer: string | null;
  line: number;
}

export interface Reference {
  ordinal: number;
  title: string;
  url: string | null;
  sourceId: string;
  line: number;
}

export interface ParsedCodePage {
  file: string;
  code: string;
  /** Where the code was read: the file name (cpt-27594.txt) or the first "CPT nnnnn" in the text. */
  codeFrom: 'file-name' | 'content';
  summary: string | null;
  verifiedOn: string | null;
  declaredSourceCount: number | null;
  header: HeaderValue[];
  sections: Partial<Record<SectionKey, Section>>;
  documentation: TextItem[];
  listedModifiers: { code: string; text: string; line: number }[];
  modifierMentions: ModifierMention[];
  covers: TextItem[];
  rvu: RvuValues | null;
  sitePayments: SitePaymentRow[];
  siteYear: number | null;
  denials: (TextItem & { title: string | null })[];
  faqs: Faq[];
  references: Reference[];
  /** Sources named by attributions that are not numbered references. */
  namedSources: { id: string; title: string; publisher: string | null; url: string | null; kind: string }[];
  /** First line of the vendor block after "Sources & references", ignored; null when none. */
  vendorBlockLine: number | null;
}
