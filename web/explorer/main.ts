/**
 * The graph explorer: search an entity, draw its neighbourhood with cytoscape, click a node to expand it,
 * and read the provenance of the selected fact in the side panel. Opens directly on an entity from the
 * URL, e.g. /explorer?code=27594 or /explorer?modifier=78.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import {
  type GEdge,
  type GNode,
  kindLabels,
  type Neighbourhood,
  type NodeKind,
  nodeId,
  urlParams,
} from './model.js';
import { canExpand, loadNeighbourhood, type SearchHit, search } from './neighbourhoods.js';
import { h, renderEdge, renderError, renderNode } from './panel.js';
import { graphStyle, kindStyle } from './styles.js';

const nodes = new Map<string, GNode>();
const edges = new Map<string, GEdge>();
const expanded = new Set<string>();
const expanding = new Set<string>();
const notes = new Set<string>();
let centerId: string | null = null;
let selected: { type: 'node' | 'edge'; id: string } | null = null;

const $ = (id: string) => document.getElementById(id)!;

const cy: Core = cytoscape({
  container: $('graph'),
  style: graphStyle() as never,
  minZoom: 0.25,
  maxZoom: 3,
  wheelSensitivity: 0.3,
  boxSelectionEnabled: false,
  selectionType: 'single',
});

/** For the browser tests and for anyone poking at the page from devtools. */
declare global {
  interface Window {
    claimgraphExplorer: {
      cy: Core;
      expanded: Set<string>;
      nodes: Map<string, GNode>;
      edges: Map<string, GEdge>;
    };
  }
}
window.claimgraphExplorer = { cy, expanded, nodes, edges };

function setState(state: 'loading' | 'ready' | 'error'): void {
  document.body.dataset.state = state;
}

function updateStatus(): void {
  const center = centerId ? nodes.get(centerId) : undefined;
  $('status').replaceChildren(
    center ? h('strong', {}, `${kindLabels[center.kind]} ${center.label}`) : '',
    ` · ${cy.nodes().length} nodes · ${cy.edges().length} relationships · ${expanded.size} expanded`,
  );
  $('notes').replaceChildren(...[...notes].map((n) => h('p', {}, n)));
}

function renderLegend(): void {
  const present = new Set(cy.nodes().map((n) => n.data('kind') as NodeKind));
  $('legend').replaceChildren(
    ...(Object.keys(kindStyle) as NodeKind[])
      .filter((k) => present.has(k))
      .map((k) => {
        const dot = h('span', { class: 'dot' });
        dot.style.background = kindStyle[k].color;
        return h('li', {}, dot, kindLabels[k]);
      }),
  );
}

/** Places nodes new to the graph on an arc around the node they were reached from, facing away from the rest. */
function placeAround(anchor: NodeSingular, added: NodeSingular[]): void {
  if (added.length === 0) return;
  const a = anchor.position();
  let others = cy.nodes().difference(anchor);
  for (const n of added) others = others.difference(n);
  const bb = others.length > 0 ? others.boundingBox({}) : { x1: a.x, x2: a.x, y1: a.y, y2: a.y };
  const centroid = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
  const away = Math.atan2(a.y - centroid.y, a.x - centroid.x) || 0;
  const isFirst = others.length === 0;
  const spread = isFirst ? 2 * Math.PI : Math.min(Math.PI * 1.3, 0.5 + added.length * 0.28);
  const radius = isFirst ? 230 : 150 + added.length * 6;
  added.forEach((n, i) => {
    const t = added.length === 1 ? 0 : i / (isFirst ? added.length : added.length - 1) - (isFirst ? 0 : 0.5);
    const angle = away + t * spread;
    const ring = isFirst && n.data('kind') === 'Source' ? 1.45 : 1;
    n.position({ x: a.x + Math.cos(angle) * radius * ring, y: a.y + Math.sin(angle) * radius * ring });
  });
}

/**
 * Orders the first neighbourhood: direct facts on a ring around the centre, second-hop nodes (global-period
 * peers) fanned out behind the node that links them, and sources on an outer ring.
 */
function firstLayout(center: NodeSingular): void {
  const isSource = (n: { data(key: string): unknown }) => n.data('kind') === 'Source';
  const direct = center.neighborhood('node').filter((n) => !isSource(n));
  const sources = cy.nodes().filter((n) => isSource(n));
  const rest = cy.nodes().difference(direct).difference(sources).difference(center);
  const c = { x: 0, y: 0 };
  center.position(c);
  const inner = Math.max(190, direct.length * 15);
  direct.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / direct.length;
    n.position({ x: c.x + Math.cos(angle) * inner, y: c.y + Math.sin(angle) * inner });
  });
  const outer = inner + 230;
  sources.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * (i + 0.5)) / Math.max(1, sources.length);
    n.position({ x: c.x + Math.cos(angle) * outer, y: c.y + Math.sin(angle) * outer * 0.8 });
  });
  const byAnchor = new Map<string, NodeSingular[]>();
  rest.forEach((n) => {
    const anchor = n.neighborhood('node').filter((m) => direct.contains(m))[0] ?? center;
    byAnchor.set(anchor.id(), [...(byAnchor.get(anchor.id()) ?? []), n]);
  });
  for (const [anchorId, group] of byAnchor) {
    const a = cy.getElementById(anchorId).position();
    const away = Math.atan2(a.y - c.y, a.x - c.x);
    const spread = Math.min(Math.PI * 0.9, 0.3 * group.length);
    group.forEach((n, i) => {
      const t = group.length === 1 ? 0 : i / (group.length - 1) - 0.5;
      const r = 150 + (i % 2) * 40;
      n.position({ x: a.x + Math.cos(away + t * spread) * r, y: a.y + Math.sin(away + t * spread) * r });
    });
  }
}

function merge(hood: Neighbourhood): NodeSingular[] {
  const added: NodeSingular[] = [];
  for (const n of hood.nodes) {
    const known = nodes.get(n.id);
    if (!known || (n.detailed && !known.detailed)) nodes.set(n.id, n);
    const el = cy.getElementById(n.id);
    if (el.empty()) {
      added.push(
        cy.add({
          group: 'nodes',
          data: { id: n.id, kind: n.kind, label: n.label },
        }) as unknown as NodeSingular,
      );
    } else if (n.detailed) {
      el.data('label', n.label);
    }
  }
  for (const e of hood.edges) {
    const known = edges.get(e.id);
    if (known) {
      if (known.provenance.length === 0 && e.provenance.length > 0) edges.set(e.id, e);
      continue;
    }
    edges.set(e.id, e);
    cy.add({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, label: e.label },
    });
  }
  for (const note of hood.notes) notes.add(note);
  return added;
}

async function expand(id: string): Promise<void> {
  const node = nodes.get(id);
  if (!node || expanded.has(id) || expanding.has(id) || !canExpand(node.kind)) return;
  expanding.add(id);
  setState('loading');
  refreshPanel();
  try {
    const hood = await loadNeighbourhood(node.kind, node.key);
    const added = merge(hood);
    const anchor = cy.getElementById(id);
    if (centerId === null) {
      centerId = id;
      anchor.addClass('center');
      firstLayout(anchor);
      cy.fit(undefined, 40);
    } else {
      placeAround(anchor, added);
      cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });
    }
    expanded.add(id);
    anchor.addClass('expanded');
    setState('ready');
  } catch (err) {
    setState('error');
    renderError($('panel'), err instanceof Error ? err.message : String(err));
    return;
  } finally {
    expanding.delete(id);
    updateStatus();
    renderLegend();
  }
  refreshPanel();
}

function refreshPanel(): void {
  if (!selected) return;
  const panel = $('panel');
  if (selected.type === 'node') {
    const n = nodes.get(selected.id);
    if (n) renderNode(panel, n, { expanded: expanded.has(n.id), loading: expanding.has(n.id) });
  } else {
    const e = edges.get(selected.id);
    if (e) renderEdge(panel, e, nodes.get(e.source), nodes.get(e.target));
  }
  panel.dataset.selected = selected.id;
}

cy.on('tap', 'node', (evt) => {
  const n = evt.target as NodeSingular;
  selected = { type: 'node', id: n.id() };
  refreshPanel();
  void expand(n.id());
});
cy.on('tap', 'edge', (evt) => {
  selected = { type: 'edge', id: (evt.target as EdgeSingular).id() };
  refreshPanel();
});

/** Clears the graph and draws the neighbourhood of one entity. */
async function open(kind: NodeKind, key: string, push = true): Promise<void> {
  cy.elements().remove();
  nodes.clear();
  edges.clear();
  expanded.clear();
  notes.clear();
  centerId = null;
  const id = nodeId(kind, key);
  nodes.set(id, { id, kind, key, label: key, facts: [], provenance: [], expandable: true });
  cy.add({ group: 'nodes', data: { id, kind, label: key } });
  selected = { type: 'node', id };
  const param = urlParams[kind];
  if (push && param) history.pushState({ kind, key }, '', `/explorer?${param}=${encodeURIComponent(key)}`);
  document.title = `${key} · ClaimGraph explorer`;
  await expand(id);
  cy.getElementById(id).select();
}

const hitKinds: Record<string, NodeKind> = {
  Code: 'Code',
  Modifier: 'Modifier',
  DenialReason: 'DenialReason',
  Source: 'Source',
  GlobalPeriod: 'GlobalPeriod',
};

function setupSearch(): void {
  const input = $('search') as HTMLInputElement;
  const list = $('search-results');
  let hits: SearchHit[] = [];
  let timer: number | undefined;
  let seq = 0;
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const kind = hitKinds[hit.kind];
    if (!kind) return;
    list.hidden = true;
    input.value = hit.key;
    void open(kind, hit.key);
  };
  const show = () => {
    list.replaceChildren(
      ...hits.map((hit) => {
        const ok = hit.kind in hitKinds;
        const li = h(
          'li',
          {
            role: 'option',
            class: ok ? '' : 'disabled',
            title: ok ? '' : 'This kind has no neighbourhood view',
          },
          h('span', { class: 'hit-kind' }, hit.kind),
          h('span', { class: 'hit-key' }, hit.key),
          h('span', { class: 'hit-title' }, hit.title ?? ''),
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(hit);
        });
        return li;
      }),
    );
    if (hits.length === 0) list.replaceChildren(h('li', { class: 'disabled' }, 'No match'));
    list.hidden = false;
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      list.hidden = true;
      return;
    }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      try {
        const found = await search(text);
        if (mine !== seq) return;
        hits = found;
        show();
      } catch (err) {
        list.replaceChildren(
          h('li', { class: 'disabled' }, err instanceof Error ? err.message : String(err)),
        );
        list.hidden = false;
      }
    }, 180);
  });
  input.addEventListener('blur', () => {
    list.hidden = true;
  });
  $('search-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (/^[0-9A-Z]\d{3}[0-9A-Z]$/i.test(text)) return void open('Code', text.toUpperCase());
    hits = await search(text);
    choose(hits.find((x) => x.kind in hitKinds));
  });
}

function fromUrl(push: boolean): void {
  const params = new URLSearchParams(location.search);
  for (const [kind, param] of Object.entries(urlParams) as [NodeKind, string][]) {
    const key = params.get(param);
    if (key) {
      void open(kind, key, push);
      return;
    }
  }
  setState('ready');
}

setupSearch();
window.addEventListener('popstate', () => fromUrl(false));
fromUrl(false);
