/**
 * The files a team folder may hold (docs/design.md §4), recognised by name after folding, and finding team
 * folders under a path.
 */
import type { Dirent } from "node:fs";
import { readdirSync } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fold } from "../core/cells.js";
import { didYouMean } from "../core/did-you-mean.js";
import { IoError } from "../core/errors.js";
import { both, type Text } from "../core/i18n.js";
import type { CsvKind } from "../core/row-schemas.js";
import { INPUT_FILES } from "./input-files.messages.js";
import { IO } from "./io.messages.js";

export type TeamFileKind = CsvKind | "team" | "answers";

/** Accepted file names per kind: the Norwegian name first, then the English alias. */
export const TEAM_FILE_NAMES: Readonly<Record<TeamFileKind, readonly string[]>> = {
  utetid: ["utetid.csv", "time.csv"],
  contacts: ["arbeidsgiverkontakter.csv", "employer-contacts.csv"],
  caseload: ["portefolje.csv", "caseload.csv"],
  team: ["team.json"],
  answers: ["vurderinger.json", "answers.json"],
};

export const TEAM_FILE_KINDS = Object.keys(TEAM_FILE_NAMES) as TeamFileKind[];

const BY_FOLDED = new Map<string, TeamFileKind>(
  TEAM_FILE_KINDS.flatMap((kind) => TEAM_FILE_NAMES[kind].map((n) => [fold(n), kind] as const)),
);

/** The kind of a team file from its name (`Portefølje.csv`, `UTETID.CSV`, `employer_contacts.csv`), if any. */
export function teamFileKind(fileName: string): TeamFileKind | undefined {
  return BY_FOLDED.get(fold(basename(fileName)));
}

export interface TeamFolder {
  /** The folder, as a path built from what the user passed. */
  dir: string;
  /** Files found per kind (paths built from what the user passed), sorted by name. Usually one each. */
  files: Partial<Record<TeamFileKind, string[]>>;
  /**
   * Answers files for one team of a multi-team export, `vurderinger-<team>.json` / `answers-<team>.json`,
   * keyed by the folded team name (`vurderinger-ips-team-gjovik.json` is the answers of "IPS-team Gjøvik").
   */
  teamAnswers?: Record<string, string>;
}

const TEAM_ANSWERS = /^(?:vurderinger|answers)[-_ ](.+)\.json$/i;

/** The folded team name of a per-team answers file name, if it is one. */
export function teamAnswersKey(fileName: string): string | undefined {
  const m = TEAM_ANSWERS.exec(basename(fileName));
  return m?.[1] ? fold(m[1]) : undefined;
}

const SKIP_DIRS = new Set(["node_modules"]);

/**
 * Team folders at or under `path`: every folder (the path itself included) that holds at least one known
 * file. Folders are searched recursively, skipping hidden folders, node_modules and symbolic links to
 * folders. A path that is a file makes a folder of that one file and the folder's team.json, if any (so
 * `fidelity validate x/utetid.csv` checks just that file, for the team and visit date team.json gives). Sorted by path. Throws IoError when the path cannot be read or holds no team files.
 */
export async function findTeamFolders(path: string): Promise<TeamFolder[]> {
  const info = await stat(path).catch((e: unknown) => {
    throw new IoError(fsProblem(path, e), path);
  });
  if (info.isFile()) {
    const kind = teamFileKind(path);
    if (!kind)
      throw new IoError(
        IO.text("notTeamFile", { path, expected: TEAM_FILE_KINDS.map((k) => TEAM_FILE_NAMES[k][0]).join(", ") }),
        path,
      );
    // The folder's team.json comes along: the file is that team's, with its name, scale and visit date.
    const files: Partial<Record<TeamFileKind, string[]>> = { [kind]: [path] };
    if (kind !== "team") {
      const teamJson = await siblingTeamFile(dirname(path));
      if (teamJson) files.team = [teamJson];
    }
    return [{ dir: dirname(path), files }];
  }
  const found: TeamFolder[] = [];
  await walk(path, found);
  if (found.length === 0)
    throw new IoError(
      `${path}: no team folder found (a team folder holds ${TEAM_FILE_KINDS.map((k) => TEAM_FILE_NAMES[k][0]).join(", ")})`,
      path,
    );
  found.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return found;
}

/** The team.json in `dir` (by folded name, a regular file), if there is one. */
async function siblingTeamFile(dir: string): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (teamFileKind(name) !== "team") continue;
    const full = join(dir, name);
    if (
      await stat(full).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return full;
  }
  return undefined;
}

async function walk(dir: string, found: TeamFolder[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new IoError(fsProblem(dir, e), dir);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: Partial<Record<TeamFileKind, string[]>> = {};
  const teamAnswers: Record<string, string> = {};
  let any = false;
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const kind = teamFileKind(e.name);
    const answersKey = kind ? undefined : teamAnswersKey(e.name);
    if (answersKey && e.isFile()) teamAnswers[answersKey] = join(dir, e.name);
    // Anything named as a team file is the team's, also a folder, pipe, device or broken link in its place:
    // reading it then says what it is (notRegularFile), rather than leaving the file out without a word.
    if (!kind) continue;
    const full = join(dir, e.name);
    files[kind] ??= [];
    files[kind].push(full);
    any = true;
  }
  if (any) {
    // The Norwegian name first, then the English alias, so a duplicate is reported against the alias.
    for (const kind of TEAM_FILE_KINDS) files[kind]?.sort((a, b) => nameRank(kind, a) - nameRank(kind, b));
    found.push({ dir, files, ...(Object.keys(teamAnswers).length ? { teamAnswers } : {}) });
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith(".") || SKIP_DIRS.has(e.name) || teamFileKind(e.name)) continue;
    await walk(join(dir, e.name), found);
  }
}

/**
 * Why the path named as a team file is not a regular file that can be read (a folder, a named pipe, a device,
 * a socket, a link to nothing), as a message; undefined for a regular file (or a link to one). Reading a pipe or
 * a device would wait or never end, so they are refused before any read.
 */
export async function notRegularFile(path: string): Promise<Text | undefined> {
  const target = await stat(path).catch(() => undefined);
  if (target?.isFile()) return undefined;
  const link = await lstat(path).catch(() => undefined);
  const what = !target
    ? link?.isSymbolicLink()
      ? "danglingLink"
      : "missing"
    : target.isDirectory()
      ? "folder"
      : target.isFIFO()
        ? "fifo"
        : target.isCharacterDevice() || target.isBlockDevice()
          ? "device"
          : target.isSocket()
            ? "socket"
            : "other";
  return INPUT_FILES.text("notRegular", { what });
}

function nameRank(kind: TeamFileKind, path: string): number {
  const folded = fold(basename(path));
  const i = TEAM_FILE_NAMES[kind].findIndex((n) => fold(n) === folded);
  return i === -1 ? TEAM_FILE_NAMES[kind].length : i;
}

export function describeFsError(e: unknown): Text {
  const code = (e as { code?: unknown }).code;
  if (code === "ENOENT") return IO.text("noSuchPath");
  if (code === "EACCES" || code === "EPERM") return IO.text("permissionDenied");
  if (code === "ENOTDIR") return IO.text("notAFolder");
  if (typeof code === "string") return IO.text("cannotReadCode", { code });
  const message = e instanceof Error ? e.message : String(e);
  return { nb: message, en: message };
}

/** `path: problem`, and for a path that does not exist the closest name beside it ("mente du lag?"). */
export function fsProblem(path: string, e: unknown): Text {
  const problem = describeFsError(e);
  const guess = (e as { code?: unknown }).code === "ENOENT" ? nameBeside(path) : undefined;
  return both(
    (l) =>
      IO.in(l)("pathProblem", { path, problem: problem[l] }) + (guess ? IO.in(l)("didYouMean", { name: guess }) : ""),
  );
}

/** `path does not exist`, with the closest name beside it when there is one. */
export function missingPath(path: string): Text {
  const guess = nameBeside(path);
  return both((l) => IO.in(l)("doesNotExist", { path }) + (guess ? IO.in(l)("didYouMean", { name: guess }) : ""));
}

/** The name in the same folder closest to a path's last part, written as the user wrote the path. */
function nameBeside(path: string): string | undefined {
  const dir = dirname(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const found = didYouMean(basename(path), names);
  return found === undefined ? undefined : join(dir, found);
}
