import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssueIn, IoError } from "../../src/core/errors.js";
import { findTeamFolders, teamFileKind } from "../../src/io/team-files.js";
import {
  closeTeamNames,
  hasErrors,
  type LoadedTeam,
  loadTeams,
  partialTeamWarnings,
} from "../../src/io/team-folder.js";
import { english } from "../helpers/english.js";
import { fixture } from "./fixtures.js";

const messages = (t: LoadedTeam | undefined) => (t?.issues ?? []).map(formatIssueIn("en"));
const lines = (list: { specialist: string; source: { line: number } }[] | undefined) =>
  list?.map((r) => `${r.specialist}@${r.source.line}`);

const tmp = mkdtempSync(join(tmpdir(), "fidelity-teams-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("teamFileKind: file names and aliases, after folding", () => {
  it.each([
    ["utetid.csv", "utetid"],
    ["UTETID.CSV", "utetid"],
    ["Ute-tid.csv", "utetid"],
    ["time.csv", "utetid"],
    ["arbeidsgiverkontakter.csv", "contacts"],
    ["Arbeidsgiver kontakter.csv", "contacts"],
    ["employer-contacts.csv", "contacts"],
    ["employer_contacts.csv", "contacts"],
    ["portefolje.csv", "caseload"],
    ["Portefølje.csv", "caseload"],
    ["Portefoelje.csv", "caseload"],
    ["caseload.csv", "caseload"],
    ["team.json", "team"],
    ["vurderinger.json", "answers"],
    ["answers.json", "answers"],
    ["some/dir/Portefølje.csv", "caseload"],
    ["utetid.xlsx", undefined],
    ["notes.csv", undefined],
  ])("%s → %s", (name, kind) => {
    expect(teamFileKind(name)).toBe(kind);
  });
});

describe("findTeamFolders", () => {
  it("finds team folders recursively, skipping hidden folders and folders without team files", async () => {
    const folders = await findTeamFolders(fixture("teams/batch"));
    expect(folders.map((f) => f.dir)).toEqual([
      fixture("teams/batch/nested/deeper/team-c"),
      fixture("teams/batch/team-a"),
      fixture("teams/batch/team-b"),
    ]);
    expect(folders[1]?.files).toEqual({
      caseload: [fixture("teams/batch/team-a/Portefølje.csv")],
      contacts: [fixture("teams/batch/team-a/arbeidsgiverkontakter.csv")],
      team: [fixture("teams/batch/team-a/team.json")],
      utetid: [fixture("teams/batch/team-a/utetid.csv")],
      answers: [fixture("teams/batch/team-a/vurderinger.json")],
    });
  });

  it("a single team file is a folder of that file and the folder's team.json", async () => {
    const path = fixture("teams/batch/team-a/utetid.csv");
    expect(await findTeamFolders(path)).toEqual([
      {
        dir: fixture("teams/batch/team-a"),
        files: { utetid: [path], team: [fixture("teams/batch/team-a/team.json")] },
      },
    ]);
    const alone = join(tmp, "alone");
    mkdirSync(alone);
    copyFileSync(path, join(alone, "utetid.csv"));
    expect(await findTeamFolders(join(alone, "utetid.csv"))).toEqual([
      { dir: alone, files: { utetid: [join(alone, "utetid.csv")] } },
    ]);
  });

  it("throws IoError for a missing path, an unknown file and a folder without team files", async () => {
    await expect(findTeamFolders(join(tmp, "nope"))).rejects.toThrow(`${join(tmp, "nope")}: no such file or folder`);
    await expect(findTeamFolders(fixture("teams/batch/notes/readme.txt"))).rejects.toThrow(
      `${fixture("teams/batch/notes/readme.txt")}: not a team file (expected one of utetid.csv, arbeidsgiverkontakter.csv, portefolje.csv, team.json, vurderinger.json)`,
    );
    await expect(findTeamFolders(fixture("teams/batch/notes"))).rejects.toBeInstanceOf(IoError);
  });
});

describe("loadTeams", () => {
  it("loads a batch: good and bad teams side by side, each with its own issues", async () => {
    const teams = await loadTeams([fixture("teams/batch")]);
    expect(teams.map((t) => [t.name, hasErrors(t)])).toEqual([
      ["team-c", true],
      ["Team Nordlys", false],
      ["team-b", true],
    ]);
    const [c, a, b] = teams;

    expect(messages(c)).toEqual([
      `${fixture("teams/batch/nested/deeper/team-c/UTETID.CSV")}:2:4: timer_ute (9) is greater than timer_totalt (7,5)`,
    ]);
    // The header's columns travel with the records (T8–T10 use the caseload's to tell "no jobbstart column").
    expect(c?.records).toEqual({
      utetid: [],
      columns: { utetid: ["jobbspesialist", "dato", "timer_totalt", "timer_ute"] },
    });

    expect(a?.issues).toEqual([]);
    expect(a?.meta).toEqual({
      name: "Team Nordlys",
      office: "NAV Tromsø",
      scale: "ips-25",
      visitDate: "2026-11-26",
      evaluators: ["Evaluator A"],
      fte: { JS1: 0.5, JS2: 1 },
      countingRules: { countModes: ["in-person"] },
      lookbackWeeks: 8,
      context: "Høy dokumentasjonsbyrde",
    });
    expect(a?.teamFile).toBe(fixture("teams/batch/team-a/team.json"));
    expect(a?.answers).toEqual({
      json: { items: { S2: { score: 4 } } },
      file: fixture("teams/batch/team-a/vurderinger.json"),
      locate: expect.any(Function),
    });
    expect(a?.answers?.locate(["items", "S2", "score"])).toEqual({ line: 4, column: 16 });
    expect(lines(a?.records.utetid)).toEqual(["JS1@2", "JS2@3"]);
    expect(lines(a?.records.contacts)).toEqual(["JS1@2"]);
    expect(lines(a?.records.caseload)).toEqual(["JS1@2"]);
    expect(a?.files.map((f) => [f.kind, f.file, f.rows])).toEqual([
      ["team", fixture("teams/batch/team-a/team.json"), undefined],
      ["answers", fixture("teams/batch/team-a/vurderinger.json"), undefined],
      ["utetid", fixture("teams/batch/team-a/utetid.csv"), 2],
      ["contacts", fixture("teams/batch/team-a/arbeidsgiverkontakter.csv"), 1],
      ["caseload", fixture("teams/batch/team-a/Portefølje.csv"), 1],
    ]);
    for (const f of a?.files ?? []) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);

    // English file names and headers; team.json and answers.json problems at their line and column.
    expect(messages(b)).toEqual([
      // "visitdate" is "visitDate" again, up to case: only one value would count (issue 10).
      `${fixture("teams/batch/team-b/team.json")}:5:3: this key repeats the key on line 3 (the same when spaces and upper/lower case are ignored): only one value would count; keep one of them`,
      `${fixture("teams/batch/team-b/team.json")}:3:16: visitDate: not a valid date (write YYYY-MM-DD, e.g. 2026-11-26)`,
      `${fixture("teams/batch/team-b/team.json")}:4:19: fte.JS9: "150" is not more than 0 and at most 100 %`,
      `${fixture("teams/batch/team-b/team.json")}:5:16: warning: unknown field "visitdate" – did you mean visitDate? (ignored; known fields: name, office, scale, visitDate, evaluators, fte, countingRules, lookbackWeeks, context, group, reviewType)`,
      `${fixture("teams/batch/team-b/answers.json")}:4:3: invalid JSON: trailing comma before }`,
    ]);
    expect(b?.meta).toBeUndefined();
    expect(b?.answers).toBeUndefined();
    expect(lines(b?.records.utetid)).toEqual(["JS9@2"]);
    expect(b?.records.contacts?.[0]?.mode).toBe("in-person");
    expect(b?.records.caseload?.[0]?.fte).toBe(0.5);
  });

  it("splits a multi-team export by its team column (folded values, first spelling names the team)", async () => {
    const teams = await loadTeams([fixture("teams/multi")]);
    expect(teams.map((t) => [t.name, t.split, t.meta?.name])).toEqual([
      ["Nord", true, "Fylke Nord og Sør"],
      ["Sør", true, "Fylke Nord og Sør"],
    ]);
    const [nord, sor] = teams;
    expect(lines(nord?.records.utetid)).toEqual(["JS1@2"]);
    expect(lines(nord?.records.contacts)).toEqual(["JS1@2"]);
    expect(lines(sor?.records.utetid)).toEqual(["JS2@3"]);
    expect(lines(sor?.records.contacts)).toEqual(["JS2@3"]);
    expect(messages(nord)).toEqual([]);
    expect(messages(sor)).toEqual([
      `${fixture("teams/multi/utetid.csv")}:4:4: timer_ute (9) is greater than timer_totalt (7,5)`,
    ]);
    expect(sor?.files.filter((f) => f.kind === "utetid").map((f) => [f.rows, f.rowsInFile])).toEqual([[2, 3]]);
  });

  it("a multi-team export with a row or a file without team reports it to every team", async () => {
    const teams = await loadTeams([fixture("teams/multi-bad")]);
    const expected = [
      `${fixture("teams/multi-bad/utetid.csv")}:3: team: missing value (the folder is a multi-team export: Nord, Sør)`,
      `${fixture("teams/multi-bad/Portefølje.csv")}: no team column, but the folder is a multi-team export (Nord, Sør): add a team column`,
    ];
    expect(teams.map((t) => t.name)).toEqual(["Nord", "Sør"]);
    for (const t of teams) expect(messages(t)).toEqual(expected);
  });

  it("one team value in the column: one team, named by it", async () => {
    const teams = await loadTeams([fixture("teams/single-value")]);
    expect(teams.map((t) => [t.name, t.split, t.records.utetid?.length])).toEqual([["Vest", false, 2]]);
  });

  it("two files of the same kind are an error; the Norwegian name is used", async () => {
    const [t] = await loadTeams([fixture("teams/duplicate-kind")]);
    expect(messages(t)).toEqual([
      `${fixture("teams/duplicate-kind/time.csv")}: more than one utetid file in the folder (${fixture("teams/duplicate-kind/utetid.csv")}, ${fixture("teams/duplicate-kind/time.csv")}): keep only one`,
    ]);
    expect(t?.files.map((f) => f.file)).toEqual([fixture("teams/duplicate-kind/utetid.csv")]);
  });

  it("loads each folder once when paths overlap, in path order", async () => {
    const teams = await loadTeams([fixture("teams/batch/team-a"), fixture("teams/batch"), fixture("teams/multi")]);
    expect(teams.map((t) => t.name)).toEqual(["Team Nordlys", "team-c", "team-b", "Nord", "Sør"]);
  });

  it("an unreadable file is that team's problem, not the batch's", async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = join(tmp, "locked");
    mkdirSync(dir);
    writeFileSync(join(dir, "utetid.csv"), "Jobbspesialist;Dato;Timer totalt;Timer ute\n");
    chmodSync(join(dir, "utetid.csv"), 0o000);
    const [t] = await loadTeams([dir]);
    expect(messages(t)).toEqual([`${join(dir, "utetid.csv")}: cannot read the file (EACCES)`]);
    chmodSync(join(dir, "utetid.csv"), 0o644);
  });

  it("a team folder without team.json is named after the folder; the same data in three encodings loads alike", async () => {
    const teams = await loadTeams([fixture("encoding")]);
    expect(teams.map((t) => t.name)).toEqual(["cp1252-semicolon", "utf8-comma", "utf8bom-tab"]);
    const strip = (t: LoadedTeam) => JSON.stringify(t.records, (k, v) => (k === "source" ? undefined : v));
    expect(new Set(teams.map(strip)).size).toBe(1);
    for (const t of teams) expect(t.issues).toEqual([]);
  });
});

describe("a team value found in only some files of a split export (a misspelt team name?)", () => {
  const typo = `${fixture("teams/multi-typo/arbeidsgiverkontakter.csv")}:4: warning: team "IPS-team Gjøvik og Ø. Toten" has rows only in arbeidsgiverkontakter.csv (1 row, first on line 4), not in utetid.csv or Portefølje.csv: a misspelt team name? (close to "IPS-team Gjøvik og Østre Toten")`;

  it.each([
    ["reading", {}],
    ["streaming (validate)", { onRecord: () => {} }],
  ])("warns the phantom team at its first row, naming the close team (%s)", async (_name, options) => {
    const teams = await loadTeams([fixture("teams/multi-typo")], options);
    // In order of the folded names: "…ogostretoten" before "…ogototen".
    expect(teams.map((t) => [t.name, hasErrors(t)])).toEqual([
      ["IPS-team Gjøvik og Østre Toten", false],
      ["IPS-team Gjøvik og Ø. Toten", false],
      ["IPS-team Hamar", false],
    ]);
    const [gjovik, phantom, hamar] = teams;
    expect(messages(phantom)).toEqual([typo]);
    expect(phantom?.issues[0]?.severity).toBe("warning");
    expect(messages(gjovik)).toEqual([]);
    expect(messages(hamar)).toEqual([]);
  });

  it("no such warning when every team has rows in every file, or a file has no team column", async () => {
    for (const dir of [fixture("teams/multi"), fixture("teams/multi-bad")])
      for (const t of await loadTeams([dir]))
        expect(
          messages(t).filter((m) => m.includes("misspelt")),
          `${dir} ${t.name}`,
        ).toEqual([]);
    for (const t of await loadTeams([join(import.meta.dirname, "../../examples/fylke-export")]))
      expect(t.issues).toEqual([]);
  });

  it("lists every file the team is in and is not in, and its first line in the first", () => {
    const csv = (kind: "utetid" | "contacts" | "caseload", file: string, rows: Record<string, number>) => ({
      kind,
      file: `dir/${file}`,
      teamColumn: true,
      teams: new Map(Object.entries(rows).map(([k, n]) => [k, { name: k, rows: n }])),
    });
    const out = partialTeamWarnings(
      [
        csv("utetid", "utetid.csv", { nord: 3, sor: 2 }),
        csv("contacts", "kontakter.csv", { nord: 4, sor: 0 }),
        csv("caseload", "portefolje.csv", { nord: 1, sor: 1 }),
      ],
      new Map([
        ["nord", "Nord"],
        ["sor", "Sør"],
      ]),
      new Map([["utetid", new Map([["sor", 7]])]]),
    );
    expect(english(out)).toEqual([
      [
        "sor",
        {
          file: "dir/utetid.csv",
          line: 7,
          message:
            'team "Sør" has rows only in utetid.csv (2 rows, first on line 7) and portefolje.csv (1 row), not in kontakter.csv: a misspelt team name?',
          severity: "warning",
        },
      ],
    ]);
  });

  it.each([
    // name, others, close ones (closest first)
    [
      "IPS-team Gjøvik og Ø. Toten",
      ["IPS-team Gjøvik og Østre Toten", "IPS-team Hamar"],
      ["IPS-team Gjøvik og Østre Toten"],
    ],
    ["IPS team Gjovik og Ostre Toten,", ["IPS-team Gjøvik og Østre Toten"], ["IPS-team Gjøvik og Østre Toten"]],
    ["IPS-team Hamr", ["IPS-team Hamar", "IPS-team Gjøvik og Østre Toten"], ["IPS-team Hamar"]],
    // "ipsteamhmr" (10 letters) is 2 edits from "ipsteamhamar": close; "ipsteamhm" (9) is 3: not close.
    ["IPS-team Hmr", ["IPS-team Hamar"], ["IPS-team Hamar"]],
    ["IPS-team Hm", ["IPS-team Hamar"], []],
    // Short names: one edit at most ("nord" / "sor" are 2 apart).
    ["Nord", ["Sør", "Nordd"], ["Nordd"]],
    ["Sør", ["Nord"], []],
    ["Elverum", ["Lillehammer", "Gjøvik"], []],
    // An abbreviation stands for a word starting with it, not for any word.
    ["IPS-team Gjøvik og V. Toten", ["IPS-team Gjøvik og Østre Toten"], []],
  ] as [string, string[], string[]][])("closeTeamNames(%j)", (name, others, close) => {
    expect(closeTeamNames(name, others)).toEqual(close);
  });

  it("names at most the 3 closest", () => {
    const others = ["IPS-team Hamar 10", "IPS-team Hamar 2", "IPS-team Hamar 11", "IPS-team Hamar 1", "IPS-team Hamar"];
    expect(closeTeamNames("IPS-team Hamar 1x", others)).toEqual([
      "IPS-team Hamar 1",
      "IPS-team Hamar 10",
      "IPS-team Hamar 11",
    ]);
  });

  it("the index finds what comparing with every name finds (400 seeded names, full edit distance)", () => {
    // The plain rule, written out: full edit-distance table, every name compared.
    const fold = (t: string) =>
      t
        .toLowerCase()
        .replace(/æ/g, "ae")
        .replace(/ø/g, "o")
        .replace(/å/g, "a")
        .replace(/[^a-z0-9]/g, "");
    const dist = (a: string, b: string) => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
          row[j] = Math.min(
            (prev[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        prev = row;
      }
      return prev[b.length] as number;
    };
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const syllables = ["ha", "mar", "gjø", "vik", "el", "ve", "rum", "to", "ten", "ly", "sø", "nord"];
    const names = Array.from(
      { length: 400 },
      () => `IPS ${Array.from({ length: 1 + rnd(4) }, () => syllables[rnd(syllables.length)]).join("")}`,
    );
    const unique = [...new Set(names)];
    for (const name of unique.slice(0, 60)) {
      const a = fold(name);
      const expected = unique
        .filter((o) => o !== name)
        .map((o) => {
          const b = fold(o);
          const shorter = Math.min(a.length, b.length);
          const limit = shorter <= 4 ? 1 : shorter <= 12 ? 2 : Math.floor(shorter / 6);
          return [o, dist(a, b), limit] as const;
        })
        .filter(([, d, limit]) => d <= limit)
        .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .slice(0, 3)
        .map(([o]) => o);
      expect(closeTeamNames(name, unique), name).toEqual(expected);
    }
  });
});

describe("per-team answers in a multi-team export", () => {
  it("gives each split team its own vurderinger-<team>.json", async () => {
    const teams = await loadTeams([join(import.meta.dirname, "../../examples/fylke-export")]);
    expect(teams.map((t) => [t.name, t.answers?.file.split("/").pop()])).toEqual([
      ["IPS-team Elverum og Løten", "vurderinger-ips-team-elverum-og-loten.json"],
      ["IPS-team Gjøvik og Østre Toten", "vurderinger-ips-team-gjovik-og-ostre-toten.json"],
      ["IPS-team Lillehammer og Øyer", "vurderinger-ips-team-lillehammer-og-oyer.json"],
    ]);
    for (const t of teams) expect(t.files.filter((f) => f.kind === "answers")).toHaveLength(1);
  });

  it("warns about a per-team answers file that matches no team", async () => {
    const dir = mkdtempSync(join(tmpdir(), "split-answers-"));
    writeFileSync(
      join(dir, "utetid.csv"),
      "team;jobbspesialist;dato;timer_totalt;timer_ute\nNord;Kari;01.11.2026;7,5;4\nSør;Ola;01.11.2026;7,5;3\n",
    );
    writeFileSync(join(dir, "vurderinger-vest.json"), "{}");
    const teams = await loadTeams([dir]);
    expect(teams).toHaveLength(2);
    expect(teams[0]?.issues.map(formatIssueIn("en"))).toContain(
      `${join(dir, "vurderinger-vest.json")}: warning: matches no team in the export (teams: Nord, Sør)`,
    );
    expect(hasErrors(teams[0] as LoadedTeam)).toBe(false);
  });
});
