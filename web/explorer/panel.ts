/**
 * The side panel: the selected node or edge, its facts, and the provenance chain of each fact
 * (source with its link, release, section, locator, verified date). Built with DOM calls and
 * textContent only, so nothing from the graph is ever parsed as HTML.
 */
import {
  type Cite,
  type Fact,
  type GEdge,
  type GNode,
  kindLabels,
  type Provenance,
  urlParams,
} from './model.js';
import { kindStyle } from './styles.js';

type Child = Node | string | null | undefined | false;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Only http(s) addresses become links. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function factsTable(facts: Fact[]): HTMLElement | null {
  if (facts.length === 0) return null;
  return h('dl', { class: 'facts' }, ...facts.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.value)]));
}

function citation(c: Cite): HTMLElement {
  const url = safeUrl(c.source.url);
  const title = url
    ? h(
        'a',
        { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' },
        c.source.title,
      )
    : h('span', { class: 'source-title' }, c.source.title);
  const verified = c.verifiedOn ?? c.source.verifiedOn;
  const rows: [string, string | null | undefined][] = [
    [
      'Publisher',
      [c.source.publisher, c.source.kind?.toLowerCase().replace('_', ' ')].filter(Boolean).join(' · '),
    ],
    [
      'Release',
      c.release
        ? `${c.release.version} (${c.release.dataset}${c.release.effectiveDate ? `, effective ${c.release.effectiveDate}` : ''})`
        : null,
    ],
    ['Section', c.section],
    ['Locator', c.locator],
    ['Verified', verified],
  ];
  return h(
    'li',
    { class: 'citation' },
    title,
    h('dl', {}, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')])),
    !url && h('p', { class: 'muted' }, 'The source gives no address.'),
  );
}

function provenanceSection(groups: Provenance[]): HTMLElement {
  const withCitations = groups.filter((g) => g.citations.length > 0);
  return h(
    'section',
    { class: 'provenance', 'data-testid': 'provenance' },
    h('h3', {}, 'Provenance'),
    withCitations.length === 0
      ? h(
          'p',
          { class: 'muted' },
          'No source is attached to this element itself; select a neighbouring fact to see its sources.',
        )
      : h(
          'ol',
          { class: 'chains' },
          ...withCitations.map((g) =>
            h(
              'li',
              { class: 'chain' },
              h('div', { class: 'fact' }, g.fact),
              h('ul', { class: 'citations' }, ...g.citations.map(citation)),
            ),
          ),
        ),
  );
}

function badge(kind: GNode['kind']): HTMLElement {
  const el = h('span', { class: 'badge' }, kindLabels[kind]);
  el.style.setProperty('--kind', kindStyle[kind].color);
  return el;
}

export function renderNode(
  panel: HTMLElement,
  node: GNode,
  opts: { expanded: boolean; loading: boolean },
): void {
  const param = urlParams[node.kind];
  const link = safeUrl(node.link);
  panel.replaceChildren(
    h(
      'header',
      { class: 'panel-head' },
      badge(node.kind),
      h('h2', { 'data-testid': 'panel-title' }, node.label),
      node.title && node.title !== node.label ? h('p', { class: 'subtitle' }, node.title) : null,
      link
        ? h('a', { href: link, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' }, link)
        : null,
      h(
        'div',
        { class: 'actions' },
        opts.loading ? h('span', { class: 'pill' }, 'Expanding…') : null,
        opts.expanded ? h('span', { class: 'pill ok' }, 'Expanded') : null,
        param
          ? h(
              'a',
              { class: 'button', href: `/explorer?${param}=${encodeURIComponent(node.key)}` },
              'Centre here',
            )
          : null,
      ),
    ),
    factsTable(node.facts) ?? '',
    node.list
      ? h(
          'section',
          { class: 'list' },
          h('h3', {}, node.list.heading),
          h('ul', {}, ...node.list.items.map((i) => h('li', {}, i))),
        )
      : '',
    provenanceSection(node.provenance),
  );
}

export function renderEdge(
  panel: HTMLElement,
  edge: GEdge,
  from: GNode | undefined,
  to: GNode | undefined,
): void {
  panel.replaceChildren(
    h(
      'header',
      { class: 'panel-head' },
      h('span', { class: 'badge edge' }, edge.type.replaceAll('_', ' ').toLowerCase()),
      h(
        'h2',
        { 'data-testid': 'panel-title' },
        `${from?.label ?? edge.source} → ${to?.label ?? edge.target}`,
      ),
      edge.label ? h('p', { class: 'subtitle' }, edge.label) : null,
    ),
    factsTable(edge.facts) ?? '',
    provenanceSection(edge.provenance),
  );
}

export function renderError(panel: HTMLElement, message: string): void {
  panel.replaceChildren(
    h('div', { class: 'error', role: 'alert' }, h('h2', {}, 'Could not load'), h('p', {}, message)),
  );
}
