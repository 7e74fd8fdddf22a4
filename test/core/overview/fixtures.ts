/**
 * A small hand-made batch for the overview tests: four IPS-25 teams (three complete, one provisional) and one
 * Kvalitetsveilederen team in two counties, one IPS team without a group, one failed team; and a previous
 * round. Only three IPS items are rated in the rows (B1, T6, T13): the totals are given as they are, so every
 * expected value below can be worked out by hand.
 */
import type { FailedOverviewRow, OverviewRow } from "../../../src/core/overview/row.js";

const ips = { scaleId: "ips-25", scaleVersion: "1", scoring: "points" as const, visitDate: "2026-11-26" };
const kv = { scaleId: "kvalitetsveileder", scaleVersion: "1", scoring: "colours" as const, visitDate: "2026-11-20" };

export const ROWS: OverviewRow[] = [
  {
    ...ips,
    team: "Team A",
    group: "Agder",
    reviewType: "independent-review",
    complete: true,
    total: 110,
    totalMin: 110,
    totalMax: 110,
    items: { B1: 5, T6: 2, T13: 3 },
    metrics: { caseloadPerFte: 18, utetidPct: 70 },
  },
  {
    ...ips,
    team: "Team B",
    group: "Agder",
    reviewType: "self-assessment",
    complete: true,
    total: 80,
    totalMin: 80,
    totalMax: 80,
    items: { B1: 4, T6: 1, T13: 3 },
    metrics: { caseloadPerFte: 25 },
  },
  {
    ...ips,
    team: "Team C",
    group: "Viken",
    reviewType: "independent-review",
    complete: true,
    total: 73,
    totalMin: 73,
    totalMax: 73,
    items: { B1: 3, T6: 2, T13: 5 },
    metrics: {},
  },
  {
    ...ips,
    team: "Team D",
    group: "Viken",
    complete: false,
    totalMin: 60,
    totalMax: 90,
    items: { B1: 2, T6: 4 },
    metrics: {},
  },
  {
    ...kv,
    team: "Team E",
    group: "Viken",
    reviewType: "guided-self-assessment",
    complete: true,
    items: { KV1: "green", KV2: "red", KV3: "green" },
    metrics: { caseloadPerFte: 15 },
  },
  {
    ...ips,
    team: "Team G",
    complete: true,
    total: 100,
    totalMin: 100,
    totalMax: 100,
    items: { B1: 5, T6: 3, T13: 4 },
    metrics: {},
  },
];

export const FAILED: FailedOverviewRow[] = [{ team: "Team F", group: "Agder", failure: "invalid-data" }];

export const PREVIOUS: OverviewRow[] = [
  {
    ...ips,
    team: "Team A",
    group: "Agder",
    complete: true,
    total: 100,
    items: { B1: 4, T6: 2, T13: 2 },
    metrics: {},
  },
  {
    ...ips,
    team: "Team B",
    group: "Agder",
    complete: false,
    totalMin: 70,
    totalMax: 95,
    items: { B1: 5 },
    metrics: {},
  },
  { ...ips, team: "Team Z", group: "Viken", complete: true, total: 60, items: { B1: 1 }, metrics: {} },
  { ...kv, team: "Team E", group: "Viken", complete: true, items: { KV1: "yellow", KV2: "red" }, metrics: {} },
];
