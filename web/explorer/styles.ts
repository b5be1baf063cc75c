/**
 * How each kind of node looks: one colour and shape per kind, shared by the graph and its legend.
 */
import type { NodeKind } from './model.js';

export const kindStyle: Record<NodeKind, { color: string; shape: string }> = {
  Code: { color: '#2563eb', shape: 'round-rectangle' },
  Modifier: { color: '#7c3aed', shape: 'ellipse' },
  GlobalPeriod: { color: '#0d9488', shape: 'diamond' },
  DenialReason: { color: '#dc2626', shape: 'round-hexagon' },
  Source: { color: '#475569', shape: 'round-tag' },
  FeeSchedule: { color: '#d97706', shape: 'round-rectangle' },
  SitePayment: { color: '#b45309', shape: 'round-rectangle' },
  Rule: { color: '#4f46e5', shape: 'round-octagon' },
  AdjustmentCode: { color: '#be123c', shape: 'round-rectangle' },
  Category: { color: '#0891b2', shape: 'round-rectangle' },
};

/** The cytoscape stylesheet. */
export function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'Inter, "Segoe UI", "Liberation Sans", Arial, sans-serif',
        'font-size': 11,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(kindStyle).map(([kind, s]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    })),
    {
      selector: 'node[kind = "Code"]',
      style: { width: 30, height: 22, 'font-weight': 600, 'font-size': 12 },
    },
    {
      selector: 'node[kind = "Modifier"], node[kind = "GlobalPeriod"]',
      style: { width: 26, height: 26, 'font-weight': 600 },
    },
    {
      selector: 'node[kind = "Source"]',
      style: { width: 18, height: 18, 'font-size': 10, color: '#334155' },
    },
    {
      selector: 'node.center',
      style: { width: 46, height: 32, 'font-size': 15, 'border-width': 4, 'border-color': '#bfdbfe' },
    },
    { selector: 'node.expanded', style: { 'border-color': '#1e293b', 'border-width': 2.5 } },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#f59e0b',
        'overlay-opacity': 0.25,
        'overlay-padding': 8,
        'border-color': '#f59e0b',
        'border-width': 4,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#cbd5e1',
        'target-arrow-color': '#cbd5e1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#475569',
        'text-rotation': 'autorotate',
        'text-background-color': '#f8fafc',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge[type = "CITES"]',
      style: { 'line-style': 'dotted', 'line-color': '#94a3b8', label: '' },
    },
    { selector: 'edge[type = "REFERENCES"]', style: { 'line-style': 'dotted', 'line-color': '#94a3b8' } },
    {
      selector: 'edge[type = "FOLLOW_UP_OF"]',
      style: { width: 2.5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', color: '#1d4ed8' },
    },
    {
      selector: 'edge[type = "APPLICABLE_MODIFIER"]',
      style: { 'line-color': '#a78bfa', 'target-arrow-color': '#a78bfa' },
    },
    {
      selector: 'edge[type = "APPLIES_TO"], edge[type = "PREDICTS"]',
      style: { 'line-color': '#fca5a5', 'target-arrow-color': '#fca5a5' },
    },
    {
      selector: 'edge[type = "HAS_GLOBAL_PERIOD"]',
      style: { 'line-color': '#5eead4', 'target-arrow-color': '#5eead4' },
    },
    {
      selector: 'edge[type = "PTP_EDIT"]',
      style: {
        'line-style': 'dashed',
        'line-color': '#f97316',
        'target-arrow-color': '#f97316',
        color: '#c2410c',
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        'line-color': '#f59e0b',
        'target-arrow-color': '#f59e0b',
        label: 'data(label)',
        color: '#92400e',
      },
    },
  ];
}
