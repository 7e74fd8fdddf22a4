/**
 * Loading teams: every team folder under the given paths, its CSV exports read and typed, team.json checked,
 * the answers file parsed (validated against the scale elsewhere). A multi-team export — CSVs with a `team`
 * column holding more than one team — is split into one team per value. One team's bad data never stops
 * another team from loading: problems are collected per team as InputIssues.
 */
import { basename, resolve } from "node:path";
import { fold } from "../core/cells.js";
import { type InputIssue, IoError, isErrorIssue, type JsonPath, type Position } from "../core/errors.js";
import { both, type Text } from "../core/i18n.js";
import { identifyingKind } from "../core/identifier-guard.js";
import { addContact, type ContactTally, newContactTally } from "../core/metrics/contact-tally.js";
import { comparableId, type ParticipantIds, participantIdsOf } from "../core/participant-ids.js";
import type { CaseloadRecord, ContactRecord, TeamRecords, UtetidRecord } from "../core/records.js";
import { CSV_KINDS, type CsvKind } from "../core/row-schemas.js";
import { parseTeamMeta, type TeamMeta } from "../core/team-meta.js";
import type { LookbackWindow } from "../core/window.js";
import type { TextEncoding } from "./csv/encoding.js";
import type { Delimiter } from "./csv/header.js";
import { type CsvIssue, type CsvRead, readCsv, scanCsv } from "./csv/read.js";
import { INPUT_FILES } from "./input-files.messages.js";
import { readJsonFile } from "./json.js";
import { findTeamFolders, notRegularFile, TEAM_FILE_KINDS, type TeamFileKind, type TeamFolder } from "./team-files.js";
import { listWith, TEAM_FOLDER } from "./team-folder.messages.js";

export interface LoadedFile {
  kind: TeamFileKind;
  /** Path built from what the user passed, as in issues and record sources. */
  file: string;
  sha256: string;
  bytes: number;
  /** CSV: data rows of this team (all data rows unless the file was split by team). */
  rows?: number;
  /** CSV: data rows in the whole file. */
  rowsInFile?: number;
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  /**
   * Set when the evaluator chose to go on without this file because of its errors (`evaluate` only): its
   * records are not used. `problems` counts them; `examples` are the first few, as `line:column: message`.
   */
  leftOut?: { problems: number; examples: string[] };
}

export interface LoadedTeam {
  /** The team value of a split export; otherwise team.json's name, else the single team value, else the folder name. */
  name: string;
  dir: string;
  /** True when this team is one of several split out of the folder's CSVs by their team column. */
  split: boolean;
  /** The team column's value of a split team, as in the CSVs (kept when `name` had to be hidden). */
  teamValue?: string;
  /**
   * True when the team's name, office or evaluators (printed on every report page), or its folder's name,
   * identify a participant: `name` is then a placeholder, and an error says what to fix.
   */
  nameHidden?: boolean;
  files: LoadedFile[];
  /** Valid rows only. A file the folder lacks is undefined. */
  records: TeamRecords;
  /** team.json, when present and valid (shared by all teams split from one folder). */
  meta?: TeamMeta;
  teamFile?: string;
  /** The answers file parsed as JSON (not yet checked against a scale). */
  answers?: LoadedAnswers;
  /** Errors and warnings, in file order. The team's data is valid when none is an error. */
  issues: InputIssue[];
  /**
   * The valid rows of files the evaluator went on without (see LoadedFile.leftOut): not used for any metric,
   * only to check free text against the participants' ids.
   */
  leftOutRecords?: TeamRecords;
}

export interface LoadedAnswers {
  json: unknown;
  file: string;
  /** Where the value at a JSON path starts in the file: problems found against the scale are placed with it. */
  locate: (path: JsonPath) => Position;
}

export function hasErrors(team: Pick<LoadedTeam, "issues">): boolean {
  return team.issues.some(isErrorIssue);
}

export interface LoadOptions {
  /** Folders loaded at the same time. Default 4. */
  concurrency?: number;
  /**
   * Stream instead of keeping: every valid record is handed here and none is kept (the teams' `records` stay
   * empty), so memory does not grow with the files. For `validate`, which only tallies.
   */
  onRecord?: (kind: CsvKind, record: AnyRecord, folder: string) => void;
  /**
   * Stream the contacts file into a tally for the window this gives for the folder's team.json (read before
   * the CSVs) instead of keeping its rows: each team's `records.contactTally` is set, `records.contacts` is not
   * (core/metrics/contact-tally.ts). For `score`, so a contacts file of any size is scored in flat memory.
   * Undefined from the function: the rows are kept.
   */
  contactsWindow?: (meta: TeamMeta | undefined) => LookbackWindow | undefined;
}

/**
 * All teams under `paths` (folders searched recursively, or single team files), in path order. Throws
 * IoError when a path does not exist or holds no team files; problems inside files become issues.
 */
export async function loadTeams(paths: readonly string[], options: LoadOptions = {}): Promise<LoadedTeam[]> {
  const folders = new Map<string, TeamFolder>();
  for (const p of paths) {
    for (const f of await findTeamFolders(p)) {
      const key = resolve(f.dir);
      const known = folders.get(key);
      if (!known) {
        folders.set(key, f);
        continue;
      }
      for (const kind of TEAM_FILE_KINDS) {
        const add = f.files[kind] ?? [];
        known.files[kind] ??= [];
        const have = known.files[kind];
        for (const file of add) if (!have.some((h) => resolve(h) === resolve(file))) have.push(file);
      }
    }
  }
  const list = [...folders.values()];
  const results: LoadedTeam[][] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < list.length; i = next++) results[i] = await loadTeamFolder(list[i] as TeamFolder, options);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, list.length)) }, worker));
  return results.flat();
}

export type AnyRecord = UtetidRecord | ContactRecord | CaseloadRecord;

/** One team folder → one team, or several when its CSVs hold a multi-team export. */
export async function loadTeamFolder(
  folder: TeamFolder,
  options: Pick<LoadOptions, "onRecord" | "contactsWindow"> = {},
): Promise<LoadedTeam[]> {
  const shared: InputIssue[] = []; // issues of every team from this folder
  const sharedFiles: LoadedFile[] = [];
  const pick = (kind: TeamFileKind): string | undefined => {
    const list = folder.files[kind] ?? [];
    if (list.length > 1)
      shared.push({
        file: list[1] as string,
        message: TEAM_FOLDER.text("severalFiles", { kind, list: list.join(", ") }),
      });
    return list[0];
  };

  const { meta, teamFile, answers } = await readFolderJson(pick, shared, sharedFiles);
  const { csvs, firstLines, streamedIds, tallies } = await readFolderCsvs(folder, pick, shared, meta, options);

  // Team values across the folder's CSVs, first spelling wins.
  const teamNames = new Map<string, string>();
  for (const csv of csvs) for (const [key, t] of csv.teams) if (!teamNames.has(key)) teamNames.set(key, t.name);
  const base = {
    dir: folder.dir,
    ...(meta && { meta }),
    ...(teamFile && meta && { teamFile }),
    ...(answers && { answers }),
  };

  // Every participant id of the folder: a team value, name or folder naming any of them is refused.
  const folderIds = new Set<string>();
  for (const csv of csvs)
    if (csv.kind !== "utetid")
      for (const id of participantIdsOf({ caseload: csv.records as CaseloadRecord[] })) folderIds.add(id);
  for (const set of streamedIds.values()) for (const id of set) folderIds.add(id);

  if (teamNames.size <= 1) {
    const value = [...teamNames.values()][0];
    const name = meta?.name ?? value ?? (basename(resolve(folder.dir)) || folder.dir);
    const records: TeamRecords = {};
    const issues = [...shared];
    const files = [...sharedFiles];
    for (const csv of csvs) {
      setRecords(records, csv.kind, csv.records, csv.columns, tallies?.all);
      append(issues, csv.issues.map(plainIssue));
      files.push(csvFile(csv, csv.rows));
    }
    const team: LoadedTeam = { name, ...base, split: false, files, records, issues };
    guardPrintedNames(team, meta?.name ? "team.json" : value !== undefined ? "team" : "folder", folderIds);
    return [team];
  }

  return splitTeams(folder, { csvs, firstLines, tallies }, teamNames, base, { shared, sharedFiles, folderIds });
}

/** A multi-team export: the folder's records and issues grouped by folded team value, one team per value. */
async function splitTeams(
  folder: TeamFolder,
  read: Pick<Awaited<ReturnType<typeof readFolderCsvs>>, "csvs" | "firstLines" | "tallies">,
  teamNames: ReadonlyMap<string, string>,
  base: Pick<LoadedTeam, "dir" | "meta" | "teamFile" | "answers">,
  folderWide: { shared: InputIssue[]; sharedFiles: readonly LoadedFile[]; folderIds: ParticipantIds },
): Promise<LoadedTeam[]> {
  const { csvs, firstLines, tallies } = read;
  const { shared, sharedFiles, folderIds } = folderWide;
  const names = [...teamNames.keys()].sort();
  const keyOf = cachedFold();
  const teams = new Map<string, LoadedTeam>(
    names.map((key) => [
      key,
      {
        name: teamNames.get(key) as string,
        ...base,
        split: true,
        files: [...sharedFiles],
        records: {} as TeamRecords,
        issues: [...shared],
      } satisfies LoadedTeam,
    ]),
  );
  const listing = names.map((k) => teamNames.get(k)).join(", ");
  for (const csv of csvs) {
    const groups = new Map<string, AnyRecord[]>(names.map((k) => [k, []]));
    for (const r of csv.records) if (r.team !== undefined) groups.get(keyOf(r.team))?.push(r);
    const everyone: InputIssue[] = [];
    if (!csv.teamColumn)
      everyone.push({
        file: csv.file,
        message: TEAM_FOLDER.text("noTeamColumn", { listing }),
      });
    else
      for (const line of csv.linesWithoutTeam)
        everyone.push({
          file: csv.file,
          line,
          message: TEAM_FOLDER.text("teamMissing", { listing }),
        });
    for (const [key, team] of teams) {
      setRecords(team.records, csv.kind, groups.get(key) ?? [], csv.columns, tallies?.of(key));
      team.files.push(csvFile(csv, csv.teams.get(key)?.rows ?? 0));
      for (const i of csv.issues) if (i.team === undefined || keyOf(i.team) === key) team.issues.push(plainIssue(i));
      append(team.issues, everyone);
    }
  }
  for (const csv of csvs) {
    const first = firstLines.get(csv.kind);
    if (first && first.size === 0)
      for (const r of csv.records)
        if (r.team !== undefined) {
          const key = keyOf(r.team);
          if (!first.has(key)) first.set(key, r.source.line);
        }
  }
  for (const [key, issue] of partialTeamWarnings(csvs, teamNames, firstLines)) teams.get(key)?.issues.push(issue);
  await attachTeamAnswers(folder, teams, shared);
  for (const team of teams.values()) {
    team.teamValue = team.name;
    guardPrintedNames(team, "team", folderIds);
  }
  return [...teams.values()];
}

/** team.json and the answers file of a folder (each file's problems go to `shared`). */
async function readFolderJson(
  pick: (kind: TeamFileKind) => string | undefined,
  shared: InputIssue[],
  sharedFiles: LoadedFile[],
): Promise<{ meta?: TeamMeta; teamFile?: string; answers?: LoadedAnswers }> {
  let meta: TeamMeta | undefined;
  const teamFile = pick("team");
  if (teamFile) {
    const json = await readJsonOrIssue(teamFile, shared);
    if (json) {
      sharedFiles.push({ kind: "team", file: teamFile, sha256: json.sha256, bytes: json.bytes });
      append(shared, json.issues);
      if (json.value !== undefined) {
        const r = parseTeamMeta(json.value);
        const located = r.problems.map((p) => ({
          file: teamFile,
          ...json.locate(p.path),
          message: p.message,
          ...(p.severity && { severity: p.severity }),
        }));
        located.sort((a, b) => a.line - b.line || a.column - b.column);
        append(shared, located);
        meta = r.meta;
      }
    }
  }

  let answers: LoadedTeam["answers"];
  const answersFile = pick("answers");
  if (answersFile) {
    const json = await readJsonOrIssue(answersFile, shared);
    if (json) {
      sharedFiles.push({ kind: "answers", file: answersFile, sha256: json.sha256, bytes: json.bytes });
      append(shared, json.issues);
      if (json.value !== undefined) answers = { json: json.value, file: answersFile, locate: json.locate };
    }
  }
  return { ...(meta && { meta }), ...(teamFile && { teamFile }), ...(answers && { answers }) };
}

/**
 * The folder's CSVs, read — or streamed, nothing kept: every record to `onRecord` (validate), or the contacts
 * into tallies for the window (score) — with what streaming keeps of the rows: each team value's first line per
 * file and the participant ids per team value.
 */
async function readFolderCsvs(
  folder: TeamFolder,
  pick: (kind: TeamFileKind) => string | undefined,
  shared: InputIssue[],
  meta: TeamMeta | undefined,
  options: Pick<LoadOptions, "onRecord" | "contactsWindow">,
) {
  const csvs: CsvRead<CsvKind>[] = [];
  // The first line of each team value's valid rows, per file (for a split export's team warnings). Kept
  // while streaming, when the records themselves are not.
  const firstLines = new Map<CsvKind, Map<string, number>>();
  const keyOfTeam = cachedFold();
  // Participant ids per folded team value ("" without one), to check what is printed on the report against.
  const streamedIds = new Map<string, Set<string>>();
  const comparable = new Map<string, string | undefined>();
  const addId = (team: string | undefined, raw: string | undefined) => {
    if (raw === undefined) return;
    let id = comparable.get(raw);
    if (id === undefined && !comparable.has(raw)) {
      id = comparableId(raw);
      if (comparable.size < 1_000_000) comparable.set(raw, id);
    }
    if (id === undefined) return;
    const key = team === undefined ? "" : keyOfTeam(team);
    let set = streamedIds.get(key);
    if (!set) {
      set = new Set();
      streamedIds.set(key, set);
    }
    set.add(id);
  };
  const window = options.contactsWindow?.(meta);
  const tallies = window ? new TeamContactTallies(window, keyOfTeam) : undefined;
  for (const kind of CSV_KINDS) {
    const file = pick(kind);
    if (!file) continue;
    const irregular = await notRegularFile(file);
    if (irregular) {
      shared.push({ file, message: irregular });
      continue;
    }
    try {
      const onRecord = options.onRecord;
      const sink: ((kind: CsvKind, r: AnyRecord, dir: string) => void) | undefined = onRecord
        ? onRecord
        : kind === "contacts" && tallies
          ? (_kind, r) => tallies.add(r as ContactRecord)
          : undefined;
      const first = new Map<string, number>();
      firstLines.set(kind, first);
      csvs.push(
        sink
          ? {
              ...(await scanCsv(
                file,
                kind,
                (r) => {
                  if (r.team !== undefined) {
                    const key = keyOfTeam(r.team);
                    if (!first.has(key)) first.set(key, r.source.line);
                  }
                  if (kind !== "utetid") addId(r.team, (r as CaseloadRecord | ContactRecord).participant);
                  sink(kind, r, folder.dir);
                },
                { sourceName: basename(file), maxIssues: MAX_LISTED_PROBLEMS },
              )),
              records: [],
            }
          : await readCsv(file, kind, { sourceName: basename(file), maxIssues: MAX_LISTED_PROBLEMS }),
      );
      noteUnlisted(csvs[csvs.length - 1] as CsvRead<CsvKind>);
    } catch (e) {
      if (!(e instanceof IoError)) throw e;
      shared.push({ file, message: withoutFile(e, file), unreadable: true });
    }
  }
  return { csvs, firstLines, streamedIds, tallies };
}

/** Stands for a team name that identifies a participant, in every message and output. */
export const HIDDEN_TEAM_NAME = "[team name not shown]";

/**
 * The team's name, office and evaluators are printed on every page of the report and in the summaries, and
 * the name may come from the team column or the folder's name: none may identify a participant (an identity
 * number, or one of the team's own participant ids however it is spelt). Such a team gets an error (nothing
 * is written for it) and a placeholder name, so no message repeats what was found.
 */
function guardPrintedNames(team: LoadedTeam, nameFrom: "team.json" | "team" | "folder", ids: ParticipantIds): void {
  const teamFile = team.teamFile ?? "team.json";
  const where: Record<typeof nameFrom, string> = {
    "team.json": "team.json's name",
    team: "the team column's value",
    folder: "the team folder's name (used as the team name)",
  };
  const found: InputIssue[] = [];
  const check = (text: string | undefined, file: string, what: string) => {
    const kind = text === undefined ? undefined : identifyingKind(text, ids);
    if (kind)
      found.push({
        file,
        message: `${what} ${kind === "nationalId" ? "contains what looks like a national identity number" : "mentions a participant id from the caseload"} (not shown); it is printed on the report, which must not identify participants: change it`,
      });
  };
  const folderName = basename(resolve(team.dir));
  const folderIdentifies = identifyingKind(folderName, ids) !== undefined;
  const nameFile =
    nameFrom === "team.json"
      ? teamFile
      : nameFrom === "folder"
        ? team.dir
        : (team.files.find((f) => f.rows)?.file ?? team.dir);
  check(team.name, nameFile, where[nameFrom]);
  if (nameFrom !== "folder") check(folderName, team.dir, "the team folder's name");
  check(team.meta?.office, teamFile, "team.json's office");
  for (const [i, e] of (team.meta?.evaluators ?? []).entries()) check(e, teamFile, `team.json's evaluators[${i}]`);
  if (found.length === 0) return;
  append(team.issues, found);
  team.name = HIDDEN_TEAM_NAME;
  team.nameHidden = true;
  // The folder's name is in the path of every problem: shown without it.
  if (folderIdentifies) {
    const shown = (file: string) => file.split(folderName).join(HIDDEN_FOLDER_NAME);
    team.issues = team.issues.map((i) => ({ ...i, file: shown(i.file) }));
  }
}

const HIDDEN_FOLDER_NAME = "[folder name not shown]";

/**
 * A team of a split export with rows in some of the files but none in others that do hold other teams'
 * rows is most often a misspelt team value (`IPS-team Gjøvik og Ø. Toten` for `… Østre Toten`): it would be
 * scored as a team of its own. A warning, placed at the team's first row (in file order of the kinds), says
 * so and names a team whose name is close ({@link closeTeamNames}). Files without a team column, or in
 * which no team has rows, are left out of the comparison.
 */
export function partialTeamWarnings(
  csvs: readonly Pick<CsvRead<CsvKind>, "kind" | "file" | "teamColumn" | "teams">[],
  teamNames: ReadonlyMap<string, string>,
  firstLines: ReadonlyMap<CsvKind, ReadonlyMap<string, number>>,
): [string, InputIssue][] {
  const withTeams = csvs.filter((c) => c.teamColumn && [...c.teams.values()].some((t) => t.rows > 0));
  const rowsOf = (c: (typeof withTeams)[number], key: string) => c.teams.get(key)?.rows ?? 0;
  const out: [string, InputIssue][] = [];
  let index: CloseNames | undefined;
  for (const [key, name] of teamNames) {
    const has = withTeams.filter((c) => rowsOf(c, key) > 0);
    const lacks = withTeams.filter((c) => rowsOf(c, key) === 0);
    if (has.length === 0 || lacks.length === 0) continue;
    const where = has.map((c) => {
      const n = rowsOf(c, key);
      const line = firstLines.get(c.kind)?.get(key);
      return {
        c,
        line,
        text: TEAM_FOLDER.text("rowsIn", { file: basename(c.file), rows: n, ...(line === undefined ? {} : { line }) }),
      };
    });
    index ??= new CloseNames([...teamNames.values()]);
    const close = index.closeTo(name);
    const at = where[0] as (typeof where)[number];
    out.push([
      key,
      {
        file: at.c.file,
        ...(at.line === undefined ? {} : { line: at.line }),
        message: TEAM_FOLDER.text("misspeltTeam", {
          name,
          has: both((l) =>
            listWith(
              where.map((w) => w.text[l]),
              TEAM_FOLDER.text("and"),
              l,
            ),
          ),
          lacks: both((l) =>
            listWith(
              lacks.map((c) => basename(c.file)),
              TEAM_FOLDER.text("or"),
              l,
            ),
          ),
          close,
        }),
        severity: "warning",
      },
    ]);
  }
  return out;
}

/** Folded as header names are (`fold`: lower case, æøå folded), accents dropped; letters and digits only. */
function letters(text: string): string {
  return fold(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The words of a name, each marked as an abbreviation when written with a trailing "." or as one letter. */
function words(text: string): { word: string; abbr: boolean }[] {
  return [...text.normalize("NFC").matchAll(/[\p{L}\p{N}]+\.?/gu)].map((m) => {
    const word = letters(m[0]);
    return { word, abbr: m[0].endsWith(".") || word.length === 1 };
  });
}

/** Rows of the edit-distance table, reused between calls (names are short; grown when needed). */
let prevRow = new Int32Array(64);
let thisRow = new Int32Array(64);

/**
 * The edit distance between `a` and `b` when it is at most `max`, else `max + 1`: only the band of the table
 * within `max` of its diagonal is filled, and the work stops as soon as a whole row is over `max`.
 */
function boundedEditDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length * 2 + 1);
    thisRow = new Int32Array(b.length * 2 + 1);
  }
  let prev = prevRow;
  let row = thisRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    row[from - 1] = from === 1 ? (i <= max ? i : over) : over;
    let best = row[from - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const up = prev[j] as number;
      const left = row[j - 1] as number;
      const diag = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      let v = Math.min(up + 1, left + 1);
      if (diag < v) v = diag;
      if (v > over) v = over;
      row[j] = v;
      if (v < best) best = v;
    }
    if (to < b.length) row[to + 1] = over;
    if (best > max) return over;
    const t = prev;
    prev = row;
    row = t;
  }
  const d = prev[b.length] as number;
  return Math.min(d, over);
}

/** How many edits make two names close: 1 when the shorter has ≤ 4 letters, 2 when ≤ 12, else one per 6. */
function editLimit(shorter: number): number {
  return shorter <= 4 ? 1 : shorter <= 12 ? 2 : Math.floor(shorter / 6);
}

interface NameKey {
  name: string;
  letters: string;
  words: { word: string; abbr: boolean }[];
}

function nameKey(name: string): NameKey {
  return { name, letters: letters(name), words: words(name) };
}

/** Names with the same number of words and the same first letter of each word (what "same words" needs). */
function wordSignature(key: NameKey): string {
  return `${key.words.length}:${key.words.map((w) => w.word[0] ?? "").join("")}`;
}

function sameWords(a: NameKey, b: NameKey): boolean {
  return (
    a.words.length === b.words.length &&
    a.words.every((x, i) => {
      const y = b.words[i] as (typeof b.words)[number];
      return x.word === y.word || (x.abbr && y.word.startsWith(x.word)) || (y.abbr && x.word.startsWith(y.word));
    })
  );
}

/** A warning names at most this many close names (the closest). */
export const MAX_CLOSE_NAMES = 3;

/**
 * The team names of a folder, indexed once for {@link CloseNames.closeTo}: by the length of their folded
 * letters (a close name by edit distance differs in length by at most the limit) and by word signature (the
 * abbreviation rule), so each look-up compares a name with the few names that can be close, not with all.
 */
export class CloseNames {
  private readonly keys: NameKey[];
  private readonly byLength = new Map<number, NameKey[]>();
  private readonly bySignature = new Map<string, NameKey[]>();

  constructor(names: readonly string[]) {
    this.keys = names.map(nameKey);
    for (const k of this.keys) {
      push(this.byLength, k.letters.length, k);
      push(this.bySignature, wordSignature(k), k);
    }
  }

  /** See {@link closeTeamNames}; `name` itself (by exact spelling) is never among the results. */
  closeTo(name: string): string[] {
    const a = nameKey(name);
    const found = new Map<string, number>();
    const reach = editLimit(a.letters.length);
    for (let len = a.letters.length - reach; len <= a.letters.length + reach; len++)
      for (const b of this.byLength.get(len) ?? []) {
        if (b.name === name) continue;
        const limit = editLimit(Math.min(a.letters.length, b.letters.length));
        const d = boundedEditDistance(a.letters, b.letters, limit);
        if (d <= limit) found.set(b.name, d);
      }
    for (const b of this.bySignature.get(wordSignature(a)) ?? []) {
      if (b.name === name || found.has(b.name) || !sameWords(a, b)) continue;
      const d = boundedEditDistance(a.letters, b.letters, Math.max(a.letters.length, b.letters.length));
      found.set(b.name, d);
    }
    return [...found]
      .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, MAX_CLOSE_NAMES)
      .map(([n]) => n);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The names among `others` that `name` is probably a misspelling of, closest first:
 *  - the same after folding case, æøå, accents and every character that is not a letter or digit;
 *  - the same words, where a word written as an abbreviation ("Ø.", or one letter) stands for any word
 *    starting with it ("IPS-team Gjøvik og Ø. Toten" ~ "IPS-team Gjøvik og Østre Toten");
 *  - a small edit distance between the folded names: at most 1 edit when the shorter has ≤ 4 letters,
 *    2 when ≤ 12, else one per 6 letters ("Nord" and "Sør" are not close; "IPS-team Hamr" ~ "IPS-team Hamar").
 * At most {@link MAX_CLOSE_NAMES}. For many look-ups among the same names, build a {@link CloseNames} once.
 */
export function closeTeamNames(name: string, others: readonly string[]): string[] {
  return new CloseNames(others).closeTo(name);
}

/**
 * A split export's per-team answers (`vurderinger-<team>.json`) replace the shared answers file for that team.
 * A per-team file that matches no team is reported as a warning (a misspelt team name must not go unnoticed).
 */
async function attachTeamAnswers(
  folder: TeamFolder,
  teams: Map<string, LoadedTeam>,
  shared: InputIssue[],
): Promise<void> {
  for (const [key, file] of Object.entries(folder.teamAnswers ?? {})) {
    const team = teams.get(key);
    if (!team) {
      const warning: InputIssue = {
        file,
        message: TEAM_FOLDER.text("answersMatchNoTeam", { teams: [...teams.values()].map((t) => t.name).join(", ") }),
        severity: "warning",
      };
      for (const t of teams.values()) t.issues.push(warning);
      shared.push(warning);
      continue;
    }
    const issues: InputIssue[] = [];
    const json = await readJsonOrIssue(file, issues);
    append(team.issues, issues);
    if (!json) continue;
    append(team.issues, json.issues);
    team.files = team.files.filter((f) => f.kind !== "answers");
    team.files.push({ kind: "answers", file, sha256: json.sha256, bytes: json.bytes });
    if (json.value !== undefined) team.answers = { json: json.value, file, locate: json.locate };
    else delete team.answers;
  }
}

/** An IoError's text without the `file: ` it starts with (the issue names the file already). */
function withoutFile(e: IoError, file: string): Text {
  return both((lang) => {
    const m = e.in(lang);
    return m.startsWith(`${file}: `) ? m.slice(file.length + 2) : m;
  });
}

async function readJsonOrIssue(file: string, issues: InputIssue[]) {
  const irregular = await notRegularFile(file);
  if (irregular) {
    issues.push({ file, message: irregular });
    return undefined;
  }
  try {
    return await readJsonFile(file);
  } catch (e) {
    if (!(e instanceof IoError)) throw e;
    issues.push({ file, message: withoutFile(e, file), unreadable: true });
    return undefined;
  }
}

function setRecords(
  records: TeamRecords,
  kind: CsvKind,
  list: AnyRecord[],
  columns: readonly string[],
  contactTally?: ContactTally,
): void {
  records.columns = { ...records.columns, [kind]: columns };
  if (kind === "utetid") records.utetid = list as UtetidRecord[];
  else if (kind === "contacts" && contactTally) records.contactTally = contactTally;
  else if (kind === "contacts") records.contacts = list as ContactRecord[];
  else records.caseload = list as CaseloadRecord[];
}

/**
 * The contacts of a folder streamed into tallies: one of every row (the folder's team when it holds one), and
 * one per team value (a split export's teams; a row without a team value belongs to none of them).
 */
class TeamContactTallies {
  readonly all: ContactTally;
  private readonly byTeam = new Map<string, ContactTally>();

  constructor(
    private readonly window: LookbackWindow,
    private readonly keyOf: (team: string) => string,
  ) {
    this.all = newContactTally(window);
  }

  add(r: ContactRecord): void {
    addContact(this.all, r);
    if (r.team === undefined) return;
    const key = this.keyOf(r.team);
    let tally = this.byTeam.get(key);
    if (!tally) {
      tally = newContactTally(this.window);
      this.byTeam.set(key, tally);
    }
    addContact(tally, r);
  }

  /** A split team's tally (an empty one when the file has no rows of that team). */
  of(key: string): ContactTally {
    return this.byTeam.get(key) ?? newContactTally(this.window);
  }
}

function csvFile(csv: CsvRead<CsvKind>, rows: number): LoadedFile {
  return {
    kind: csv.kind,
    file: csv.file,
    sha256: csv.sha256,
    bytes: csv.bytes,
    rows,
    rowsInFile: csv.rows,
    ...(csv.encoding && { encoding: csv.encoding }),
    ...(csv.delimiter && { delimiter: csv.delimiter }),
  };
}

function plainIssue(i: CsvIssue): InputIssue {
  const out: InputIssue = { file: i.file, message: i.message };
  if (i.line !== undefined) out.line = i.line;
  if (i.column !== undefined) out.column = i.column;
  if (i.severity !== undefined) out.severity = i.severity;
  return out;
}

function cachedFold(): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let f = cache.get(s);
    if (f === undefined) {
      f = fold(s);
      cache.set(s, f);
    }
    return f;
  };
}

/**
 * Problems kept per file: a file with more (a wrong export gives one per row, hundreds of thousands) lists the
 * first ones and says how many more there are, so memory stays small and the message stays readable.
 */
export const MAX_LISTED_PROBLEMS = 1000;

function noteUnlisted(csv: CsvRead<CsvKind>): void {
  const more = csv.issueCount - csv.issues.length;
  if (more <= 0) return;
  csv.issues.push({
    file: csv.file,
    message: INPUT_FILES.text("moreProblems", { listed: csv.issues.length, more, all: csv.issueCount }),
  });
}

/** Append every item of `items` (a spread into push overflows the stack for hundreds of thousands). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
