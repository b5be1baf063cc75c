/**
 * Fetches the neighbourhood of one entity through the public GraphQL API and turns it into nodes and
 * edges with provenance. Fan-out is bounded: the first page of peers and NCCI edits only.
 */
import {
  type Cite,
  fact,
  type GEdge,
  type GNode,
  type Neighbourhood,
  type NodeKind,
  nodeId,
  truncate,
} from './model.js';
import {
  codeEdits,
  codeNeighbourhood,
  codePeers,
  denialNeighbourhood,
  globalPeriodNeighbourhood,
  modifierNeighbourhood,
  searchQuery,
  sourceNeighbourhood,
} from './queries.js';

export const PEER_LIMIT = 8;
export const EDIT_LIMIT = 10;
const FACT_LIMIT = 15;

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`The API answered ${res.status} without data.`);
  return body.data;
}

export interface SearchHit {
  kind: string;
  key: string;
  title: string | null;
}

export async function search(text: string): Promise<SearchHit[]> {
  const data = await graphql<{ search: SearchHit[] }>(searchQuery, { text });
  return data.search;
}

/** Collects nodes and edges, de-duplicated by id, merging provenance of repeated edges. */
class Builder {
  nodes = new Map<string, GNode>();
  edges = new Map<string, GEdge>();
  notes: string[] = [];

  node(n: Omit<GNode, 'id' | 'facts' | 'provenance'> & Partial<Pick<GNode, 'facts' | 'provenance'>>): string {
    const id = nodeId(n.kind, n.key);
    const existing = this.nodes.get(id);
    if (!existing || (n.detailed && !existing.detailed)) {
      this.nodes.set(id, { facts: [], provenance: [], ...n, id });
    }
    return id;
  }

  edge(e: Omit<GEdge, 'id'> & { id?: string }): void {
    const id = e.id ?? `${e.type}:${e.source}->${e.target}`;
    const existing = this.edges.get(id);
    if (existing) existing.provenance.push(...e.provenance);
    else this.edges.set(id, { ...e, id });
  }

  /** Source nodes for every source cited by a fact of `from`, one CITES edge per source. */
  cites(from: string, provenance: { fact: string; citations: Cite[] }[]): void {
    for (const p of provenance) {
      for (const c of p.citations) {
        const sourceNode = this.node({
          kind: 'Source',
          key: c.source.sourceId,
          label: truncate(c.source.title, 28),
          title: c.source.title,
          expandable: true,
          link: c.source.url ?? null,
          facts: [
            ...fact('Publisher', c.source.publisher),
            ...fact('Kind', c.source.kind),
            ...fact('Verified', c.source.verifiedOn),
          ],
        });
        this.edge({
          source: from,
          target: sourceNode,
          type: 'CITES',
          label: 'cites',
          facts: [],
          provenance: [{ fact: p.fact, citations: [c] }],
        });
      }
    }
  }

  result(center: string): Neighbourhood {
    return { center, nodes: [...this.nodes.values()], edges: [...this.edges.values()], notes: this.notes };
  }
}

interface CodeRef {
  code: string;
  shortDescriptor?: string | null;
}
interface FollowUp {
  direction: string;
  note?: string | null;
  code: CodeRef | null;
  modifiers: { code: string }[];
  sources: Cite[];
}
interface CodeAnswer {
  code: null | {
    code: string;
    system?: string | null;
    shortDescriptor?: string | null;
    status?: { code: string; meaning?: string | null } | null;
    globalPeriod?: { indicator: string; days?: number | null; meaning?: string | null } | null;
    globalPeriodSources: Cite[];
    categories: { categoryId: string; name?: string | null; level?: string | null; sources: Cite[] }[];
    feeSchedule?: {
      releaseVersion: string;
      workRvu?: string | null;
      practiceExpenseRvu?: string | null;
      mpRvu?: string | null;
      totalRvu?: string | null;
      conversionFactor?: string | null;
      nonFacilityNa: boolean;
      nationalRate?: { amount: string } | null;
      nationalFacility?: { amount: string } | null;
      sources: Cite[];
    } | null;
    sitePayments: {
      setting: string;
      apc?: string | null;
      paymentIndicator?: string | null;
      amount?: { amount: string } | null;
      sources: Cite[];
    }[];
    applicableModifiers: {
      modifier: { code: string; name?: string | null; meaning?: string | null } | null;
      sources: Cite[];
    }[];
    followUps: FollowUp[];
    followUpOf: FollowUp[];
    denialReasons: {
      reasonId: string;
      title: string;
      description?: string | null;
      carc: { code: string }[];
      rarc: { code: string }[];
      sources: Cite[];
    }[];
  };
}
interface PeersAnswer {
  code: null | { sharesGlobalPeriodWith: { totalCount?: number | null; nodes: CodeRef[] } };
}
interface EditsAnswer {
  code: null | {
    ptpEdits: {
      totalCount?: number | null;
      nodes: {
        id: string;
        setting: string;
        column1Code: string;
        column2Code: string;
        modifierIndicator?: string | null;
        effectiveDate?: string | null;
        deletionDate?: string | null;
        rationale?: string | null;
        sources: Cite[];
      }[];
    };
  };
}

const codeStub = (b: Builder, c: CodeRef) =>
  b.node({
    kind: 'Code',
    key: c.code,
    label: c.code,
    title: c.shortDescriptor ?? undefined,
    expandable: true,
    facts: fact('Descriptor', c.shortDescriptor),
  });

/** The value of a side request, or a note saying what could not be drawn and why. */
function settled<T>(b: Builder, r: PromiseSettledResult<T>, what: string): T | null {
  if (r.status === 'fulfilled') return r.value;
  b.notes.push(
    `${what} could not be loaded: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`,
  );
  return null;
}

/** A denial reason whose source gives no title is shown by its description rather than its id. */
function displayTitle(d: { reasonId: string; title: string; description?: string | null }): string {
  return d.title === d.reasonId && d.description ? d.description : d.title;
}

const dollars = (m?: { amount: string } | null) => (m ? `$${m.amount}` : null);

async function codeHood(code: string): Promise<Neighbourhood> {
  const [core, peersAnswer, editsAnswer] = await Promise.allSettled([
    graphql<CodeAnswer>(codeNeighbourhood, { code }),
    graphql<PeersAnswer>(codePeers, { code, peers: PEER_LIMIT }),
    graphql<EditsAnswer>(codeEdits, { code, edits: EDIT_LIMIT }),
  ]);
  if (core.status === 'rejected') throw core.reason;
  const c = core.value.code;
  if (!c) throw new Error(`The graph has no code ${code}.`);
  const b = new Builder();
  const peers = settled(b, peersAnswer, 'Global-period peers')?.code?.sharesGlobalPeriodWith ?? null;
  const edits = settled(b, editsAnswer, 'NCCI edits')?.code?.ptpEdits ?? null;
  const provenance = [
    ...(c.globalPeriod
      ? [{ fact: `Global period ${c.globalPeriod.indicator}`, citations: c.globalPeriodSources }]
      : []),
    ...(c.feeSchedule
      ? [
          {
            fact: `Descriptor and status (${c.feeSchedule.releaseVersion})`,
            citations: c.feeSchedule.sources,
          },
        ]
      : []),
    ...c.categories.map((k) => ({ fact: `Category: ${k.name ?? k.categoryId}`, citations: k.sources })),
  ];
  const center = b.node({
    kind: 'Code',
    key: c.code,
    label: c.code,
    title: c.shortDescriptor ?? undefined,
    expandable: true,
    detailed: true,
    facts: [
      ...fact('Descriptor', c.shortDescriptor),
      ...fact('System', c.system),
      ...fact('Status', c.status ? `${c.status.code} — ${c.status.meaning ?? ''}` : null),
      ...fact(
        'Global period',
        c.globalPeriod ? `${c.globalPeriod.indicator} (${c.globalPeriod.meaning ?? ''})` : null,
      ),
      ...c.categories.map((k) => ({ label: k.level ?? 'Category', value: k.name ?? k.categoryId })),
    ],
    provenance,
  });

  if (c.globalPeriod) {
    const gp = b.node({
      kind: 'GlobalPeriod',
      key: c.globalPeriod.indicator,
      label: `${c.globalPeriod.indicator} global`,
      title: c.globalPeriod.meaning ?? undefined,
      expandable: true,
      facts: [...fact('Days', c.globalPeriod.days), ...fact('Meaning', c.globalPeriod.meaning)],
    });
    b.edge({
      source: center,
      target: gp,
      type: 'HAS_GLOBAL_PERIOD',
      label: 'global period',
      facts: fact('Indicator', c.globalPeriod.indicator),
      provenance: [
        { fact: `${c.code} has global period ${c.globalPeriod.indicator}`, citations: c.globalPeriodSources },
      ],
    });
    for (const peer of peers?.nodes ?? []) {
      const p = codeStub(b, peer);
      b.edge({ source: p, target: gp, type: 'HAS_GLOBAL_PERIOD', label: '', facts: [], provenance: [] });
    }
    const total = peers?.totalCount;
    if (peers && total && total > peers.nodes.length) {
      b.notes.push(
        `${peers.nodes.length} of ${total} codes sharing the ${c.globalPeriod.indicator} global period are drawn.`,
      );
    }
  }

  if (c.feeSchedule) {
    const f = c.feeSchedule;
    const fs = b.node({
      kind: 'FeeSchedule',
      key: `${c.code}@${f.releaseVersion}`,
      label: `${f.releaseVersion} ${dollars(f.nationalRate) ?? dollars(f.nationalFacility) ?? ''}`.trim(),
      title: `PFS values of ${c.code} in ${f.releaseVersion}`,
      expandable: false,
      facts: [
        ...fact('Release', f.releaseVersion),
        ...fact('Work RVU', f.workRvu),
        ...fact('PE RVU', f.practiceExpenseRvu),
        ...fact('MP RVU', f.mpRvu),
        ...fact('Total RVU', f.totalRvu),
        ...fact('Conversion factor', f.conversionFactor),
        ...fact('National rate', dollars(f.nationalRate)),
        ...fact('National (facility)', dollars(f.nationalFacility)),
        ...fact('Office (non-facility) NA', f.nonFacilityNa),
      ],
      provenance: [{ fact: `Fee-schedule values of ${c.code} (${f.releaseVersion})`, citations: f.sources }],
    });
    b.edge({ source: center, target: fs, type: 'FOR_CODE', label: '', facts: [], provenance: [] });
  }

  for (const s of c.sitePayments) {
    const sp = b.node({
      kind: 'SitePayment',
      key: `${c.code}@${s.setting}`,
      label:
        `${s.setting.replace('PFS_', '').replace('_', '-').toLowerCase()} ${dollars(s.amount) ?? ''}`.trim(),
      title: `${c.code} paid in setting ${s.setting}`,
      expandable: false,
      facts: [
        ...fact('Setting', s.setting),
        ...fact('Amount', dollars(s.amount)),
        ...fact('APC', s.apc),
        ...fact('Payment indicator', s.paymentIndicator),
      ],
      provenance: [
        { fact: `${c.code} paid ${dollars(s.amount) ?? ''} in ${s.setting}`, citations: s.sources },
      ],
    });
    b.edge({ source: center, target: sp, type: 'PAID_AT', label: '', facts: [], provenance: [] });
  }

  for (const am of c.applicableModifiers) {
    if (!am.modifier) continue;
    const m = b.node({
      kind: 'Modifier',
      key: am.modifier.code,
      label: am.modifier.code,
      title: am.modifier.name ?? am.modifier.meaning ?? undefined,
      expandable: true,
      facts: [...fact('Name', am.modifier.name), ...fact('Meaning', am.modifier.meaning)],
    });
    b.edge({
      source: center,
      target: m,
      type: 'APPLICABLE_MODIFIER',
      label: 'modifier',
      facts: [],
      provenance: [{ fact: `Modifier ${am.modifier.code} applies to ${c.code}`, citations: am.sources }],
    });
  }

  const followUp = (f: FollowUp, follows: boolean) => {
    if (!f.code) return;
    const other = codeStub(b, f.code);
    const mods = f.modifiers.map((m) => m.code).join(', ');
    const [from, to] = follows ? [center, other] : [other, center];
    const [fromCode, toCode] = follows ? [c.code, f.code.code] : [f.code.code, c.code];
    b.edge({
      source: from,
      target: to,
      type: 'FOLLOW_UP_OF',
      label: mods ? `follow-up of · ${mods}` : 'follow-up of',
      facts: [...fact('Modifiers', mods), ...fact('Note', f.note)],
      provenance: [
        {
          fact: `${fromCode} is a follow-up of ${toCode}${mods ? ` (with ${mods})` : ''}`,
          citations: f.sources,
        },
      ],
    });
  };
  for (const f of c.followUpOf) followUp(f, true);
  for (const f of c.followUps) followUp(f, false);

  for (const d of c.denialReasons) {
    const title = displayTitle(d);
    const adjustment = [...d.carc.map((x) => `CARC ${x.code}`), ...d.rarc.map((x) => `RARC ${x.code}`)].join(
      ' · ',
    );
    const dn = b.node({
      kind: 'DenialReason',
      key: d.reasonId,
      label: truncate(title, 30),
      title,
      expandable: true,
      facts: [...fact('Title', title), ...fact('Maps to', adjustment)],
    });
    b.edge({
      source: dn,
      target: center,
      type: 'APPLIES_TO',
      label: 'denial',
      facts: fact('Maps to', adjustment),
      provenance: [{ fact: `Denial reason "${title}" applies to ${c.code}`, citations: d.sources }],
    });
  }

  for (const e of edits?.nodes ?? []) {
    const [c1, c2] = [codeStub(b, { code: e.column1Code }), codeStub(b, { code: e.column2Code })];
    b.edge({
      id: `PTP:${e.id}`,
      source: c1,
      target: c2,
      type: 'PTP_EDIT',
      label: `NCCI ${e.setting === 'HOSPITAL' ? 'hosp' : 'prac'} · ind ${e.modifierIndicator ?? '?'}`,
      facts: [
        ...fact('Column 1', e.column1Code),
        ...fact('Column 2', e.column2Code),
        ...fact('Setting', e.setting),
        ...fact('Modifier indicator', e.modifierIndicator),
        ...fact('Effective', e.effectiveDate),
        ...fact('Deleted', e.deletionDate),
        ...fact('Rationale', e.rationale),
      ],
      provenance: [
        { fact: `NCCI PTP edit ${e.column1Code} / ${e.column2Code} (${e.setting})`, citations: e.sources },
      ],
    });
  }
  const editTotal = edits?.totalCount;
  if (edits && editTotal && editTotal > edits.nodes.length) {
    b.notes.push(`The first ${edits.nodes.length} of ${editTotal} NCCI edits naming ${c.code} are drawn.`);
  }

  b.cites(center, [
    ...provenance,
    ...(c.feeSchedule
      ? [{ fact: `Fee-schedule values (${c.feeSchedule.releaseVersion})`, citations: c.feeSchedule.sources }]
      : []),
    ...c.sitePayments.map((s) => ({ fact: `Site payment ${s.setting}`, citations: s.sources })),
    ...c.applicableModifiers.map((m) => ({
      fact: `Modifier ${m.modifier?.code ?? ''}`,
      citations: m.sources,
    })),
    ...[...c.followUps, ...c.followUpOf].map((f) => ({
      fact: `Follow-up ${f.code?.code ?? ''}`,
      citations: f.sources,
    })),
    ...c.denialReasons.map((d) => ({ fact: `Denial: ${displayTitle(d)}`, citations: d.sources })),
  ]);
  return b.result(center);
}

interface ModifierAnswer {
  modifier: null | {
    code: string;
    name?: string | null;
    meaning?: string | null;
    group?: string | null;
    globalEffect?: string | null;
    startsNewGlobalPeriod?: boolean | null;
    paymentNote?: string | null;
    ptpBypass: boolean;
    sources: Cite[];
  };
  rules: {
    ruleId: string;
    name?: string | null;
    statement?: string | null;
    allows: { code: string }[];
    sources: Cite[];
  }[];
}

async function modifierHood(code: string): Promise<Neighbourhood> {
  const data = await graphql<ModifierAnswer>(modifierNeighbourhood, { code });
  const m = data.modifier;
  if (!m) throw new Error(`The graph has no modifier ${code}.`);
  const b = new Builder();
  const provenance = [{ fact: `Modifier ${m.code}: ${m.name ?? m.meaning ?? ''}`, citations: m.sources }];
  const center = b.node({
    kind: 'Modifier',
    key: m.code,
    label: m.code,
    title: m.name ?? m.meaning ?? undefined,
    expandable: true,
    detailed: true,
    facts: [
      ...fact('Name', m.name),
      ...fact('Meaning', m.meaning),
      ...fact('Group', m.group),
      ...fact('Global-period effect', m.globalEffect),
      ...fact('Starts a new global period', m.startsNewGlobalPeriod),
      ...fact('Payment', m.paymentNote),
      ...fact('May bypass an NCCI PTP edit', m.ptpBypass),
    ],
    provenance,
  });
  for (const r of data.rules.filter((x) => x.allows.some((a) => a.code === m.code))) {
    const rn = b.node({
      kind: 'Rule',
      key: r.ruleId,
      label: truncate(r.name ?? r.ruleId, 28),
      title: r.statement ?? undefined,
      expandable: false,
      facts: [
        ...fact('Rule', r.name),
        ...fact('Statement', r.statement),
        ...fact('Allows', r.allows.map((a) => a.code).join(', ')),
      ],
      provenance: [{ fact: r.name ?? r.ruleId, citations: r.sources }],
    });
    b.edge({
      source: rn,
      target: center,
      type: 'ALLOWS',
      label: 'allows',
      facts: [],
      provenance: [{ fact: `${r.name ?? r.ruleId} allows ${m.code}`, citations: r.sources }],
    });
  }
  b.cites(center, provenance);
  return b.result(center);
}

interface DenialAnswer {
  denialReason: null | {
    reasonId: string;
    title: string;
    description?: string | null;
    carc: { code: string; description?: string | null; groupCode?: string | null; sources: Cite[] }[];
    rarc: { code: string; description?: string | null; sources: Cite[] }[];
    codes: CodeRef[];
    sources: Cite[];
  };
}

async function denialHood(id: string): Promise<Neighbourhood> {
  const { denialReason: d } = await graphql<DenialAnswer>(denialNeighbourhood, { id });
  if (!d) throw new Error(`The graph has no denial reason ${id}.`);
  const b = new Builder();
  const title = displayTitle(d);
  const provenance = [{ fact: `Denial reason: ${title}`, citations: d.sources }];
  const center = b.node({
    kind: 'DenialReason',
    key: d.reasonId,
    label: truncate(title, 30),
    title,
    expandable: true,
    detailed: true,
    facts: [...fact('Title', title), ...fact('Description', d.description)],
    provenance,
  });
  const adjustments = [
    ...d.carc.map((x) => ({ ...x, kind: 'CARC', label: `${x.groupCode ? `${x.groupCode}-` : ''}${x.code}` })),
    ...d.rarc.map((x) => ({ ...x, kind: 'RARC', label: x.code })),
  ];
  for (const a of adjustments) {
    const an = b.node({
      kind: 'AdjustmentCode',
      key: `${a.kind}:${a.code}`,
      label: `${a.kind} ${a.label}`,
      title: a.description ?? undefined,
      expandable: false,
      facts: [...fact('Code', a.code), ...fact('List', a.kind), ...fact('Description', a.description)],
      provenance: [{ fact: `${a.kind} ${a.code}`, citations: a.sources }],
    });
    b.edge({
      source: center,
      target: an,
      type: 'PREDICTS',
      label: 'predicts',
      facts: [],
      provenance: [{ fact: `${title} → ${a.kind} ${a.code}`, citations: d.sources }],
    });
  }
  for (const c of d.codes) {
    b.edge({
      source: center,
      target: codeStub(b, c),
      type: 'APPLIES_TO',
      label: 'denial',
      facts: [],
      provenance: [{ fact: `Denial reason "${title}" applies to ${c.code}`, citations: d.sources }],
    });
  }
  b.cites(center, provenance);
  return b.result(center);
}

interface GlobalPeriodAnswer {
  globalPeriods: {
    indicator: string;
    days?: number | null;
    meaning?: string | null;
    includesDayBefore?: boolean | null;
    sources: Cite[];
  }[];
  codes: { totalCount?: number | null; nodes: CodeRef[] };
}

async function globalPeriodHood(indicator: string): Promise<Neighbourhood> {
  const data = await graphql<GlobalPeriodAnswer>(globalPeriodNeighbourhood, {
    indicator,
    peers: PEER_LIMIT * 2,
  });
  const g = data.globalPeriods.find((x) => x.indicator === indicator);
  if (!g) throw new Error(`The graph has no global period ${indicator}.`);
  const b = new Builder();
  const provenance = [{ fact: `Global period ${g.indicator}: ${g.meaning ?? ''}`, citations: g.sources }];
  const center = b.node({
    kind: 'GlobalPeriod',
    key: g.indicator,
    label: `${g.indicator} global`,
    title: g.meaning ?? undefined,
    expandable: true,
    detailed: true,
    facts: [
      ...fact('Indicator', g.indicator),
      ...fact('Days', g.days),
      ...fact('Includes the day before', g.includesDayBefore),
      ...fact('Meaning', g.meaning),
    ],
    provenance,
  });
  for (const c of data.codes.nodes) {
    b.edge({
      source: codeStub(b, c),
      target: center,
      type: 'HAS_GLOBAL_PERIOD',
      label: '',
      facts: [],
      provenance: [],
    });
  }
  if (data.codes.totalCount && data.codes.totalCount > data.codes.nodes.length) {
    b.notes.push(
      `${data.codes.nodes.length} of ${data.codes.totalCount} codes with global period ${indicator} are drawn.`,
    );
  }
  b.cites(center, provenance);
  return b.result(center);
}

interface SourceFields {
  sourceId: string;
  title: string;
  publisher?: string | null;
  url?: string | null;
  kind?: string | null;
  verifiedOn?: string | null;
}
interface SourceAnswer {
  source:
    | null
    | (SourceFields & {
        references: SourceFields[];
        supports: {
          totalCount?: number | null;
          nodes: { factId: string; kind: string; summary?: string | null }[];
        };
      });
}

const sourceFacts = (s: SourceFields) => [
  ...fact('Publisher', s.publisher),
  ...fact('Kind', s.kind),
  ...fact('Verified', s.verifiedOn),
];

async function sourceHood(id: string): Promise<Neighbourhood> {
  const { source: s } = await graphql<SourceAnswer>(sourceNeighbourhood, { id, facts: FACT_LIMIT });
  if (!s) throw new Error(`The graph has no source ${id}.`);
  const b = new Builder();
  const supported = s.supports.nodes.map((f) => `${f.kind}: ${f.summary ?? f.factId}`);
  const total = s.supports.totalCount ?? supported.length;
  const center = b.node({
    kind: 'Source',
    key: s.sourceId,
    label: truncate(s.title, 28),
    title: s.title,
    expandable: true,
    detailed: true,
    link: s.url ?? null,
    facts: [...fact('Title', s.title), ...sourceFacts(s), ...fact('Address', s.url)],
    list: {
      heading: `Facts it supports (${supported.length < total ? `first ${supported.length} of ${total}` : total})`,
      items: supported,
    },
  });
  s.references.forEach((r, i) => {
    const rn = b.node({
      kind: 'Source',
      key: r.sourceId,
      label: truncate(r.title, 28),
      title: r.title,
      expandable: true,
      link: r.url ?? null,
      facts: [...fact('Title', r.title), ...sourceFacts(r), ...fact('Address', r.url)],
    });
    b.edge({
      source: center,
      target: rn,
      type: 'REFERENCES',
      label: `ref ${i + 1}`,
      facts: [],
      provenance: [],
    });
  });
  return b.result(center);
}

const loaders: Partial<Record<NodeKind, (key: string) => Promise<Neighbourhood>>> = {
  Code: codeHood,
  Modifier: modifierHood,
  DenialReason: denialHood,
  GlobalPeriod: globalPeriodHood,
  Source: sourceHood,
};

export function canExpand(kind: NodeKind): boolean {
  return kind in loaders;
}

export function loadNeighbourhood(kind: NodeKind, key: string): Promise<Neighbourhood> {
  const load = loaders[kind];
  if (!load) return Promise.reject(new Error(`A ${kind} has no neighbourhood to expand.`));
  return load(key);
}
