/**
 * `fidelity import kalender` in-process: import then score gives the same T13 / KV3 as a hand-made utetid.csv
 * with the same hours; re-running gives the same file; other rows are kept in the file's own dialect; no
 * subject, description, location or attendee from the fixtures appears in any output.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SPRING_ROWS } from "../helpers/calendar-expected.js";
import { cli } from "../helpers/cli.js";
import { pdfText } from "../helpers/pdf-text.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/calendar");
const KARI = join(FIXTURES, "Kari Nordmann.ics");
const OLA = join(FIXTURES, "Ola Berg.csv");
const PER = join(FIXTURES, "Per Hansen.csv");

function teamFolder(team: Record<string, unknown> = {}, utetid?: string | Buffer): string {
  const dir = join(mkdtempSync(join(tmpdir(), "kalender-")), "team");
  mkdirSync(dir);
  writeFileSync(
    join(dir, "team.json"),
    `${JSON.stringify({ name: "Team Nord", scale: "ips-25", visitDate: "2026-04-13", ...team }, null, 2)}\n`,
  );
  if (utetid !== undefined) writeFileSync(join(dir, "utetid.csv"), utetid);
  return dir;
}

/** A utetid.csv written by hand from the hand-computed rows. */
function handMade(specialists: string[]): string {
  const lines = ["jobbspesialist;dato;timer_totalt;timer_ute"];
  for (const s of specialists)
    for (const r of SPRING_ROWS)
      lines.push(
        `${s};${r.date.split("-").reverse().join(".")};${String(r.hoursTotal).replace(".", ",")};${String(r.hoursOut).replace(".", ",")}`,
      );
  return `${lines.join("\n")}\n`;
}

interface ScoreJson {
  teams: {
    items: { id: string; score?: number; colour?: string; source?: string }[];
    metrics: { utetid: { teamMeanPct: number; specialists: { hoursOut: number; hoursTotal: number; pct: number }[] } };
  }[];
}

async function scoreJson(dir: string): Promise<ScoreJson> {
  const r = await cli(["score", dir, "--no-pdf", "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ScoreJson;
}

describe("import kalender, then score", () => {
  it.each([
    ["ips-25", "T13"],
    ["kvalitetsveileder", "KV3"],
  ])("%s: %s is the same as from a hand-made utetid.csv with the same hours", async (scale, item) => {
    const imported = teamFolder({ scale });
    const r = await cli(["import", "kalender", KARI, OLA, "--team", imported]);
    expect(r.code).toBe(0);
    const byHand = teamFolder({ scale }, handMade(["Kari Nordmann", "Ola Berg"]));
    const a = (await scoreJson(imported)).teams[0];
    const b = (await scoreJson(byHand)).teams[0];
    const pick = (t: typeof a) => t?.items.find((i) => i.id === item);
    expect(pick(a)).toEqual(pick(b));
    expect(pick(a)?.source).toBe("data");
    expect(pick(a)?.score ?? pick(a)?.colour).toBeDefined();
    expect(a?.metrics.utetid.specialists).toEqual(b?.metrics.utetid.specialists);
    expect(a?.metrics.utetid.teamMeanPct).toBeCloseTo((53.5 / 289.5) * 100, 10);
  });

  it("the report's method section states the calendar rules", async () => {
    const dir = teamFolder();
    expect((await cli(["import", "kalender", KARI, "--team", dir, "--arbeidsdag", "8"])).code).toBe(0);
    const out = join(dir, "..", "out");
    expect((await cli(["score", dir, "--out", out])).code).toBe(0);
    const text = (await pdfText(readFileSync(join(out, "team-nord.pdf")))).replace(/\s+/g, " ");
    expect(text).toContain("Utetid er hentet fra kalendereksporter (fidelity import kalender)");
    expect(text).toContain("En hverdag teller 8 timer");
  });
});

describe("what the import writes", () => {
  it("a new utetid.csv in init's format; re-running gives the same bytes; team.json gets the rules", async () => {
    const dir = teamFolder();
    const first = await cli(["import", "kalender", KARI, "--team", dir]);
    expect(first.code).toBe(0);
    const bytes = readFileSync(join(dir, "utetid.csv"));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("jobbspesialist;dato;timer_totalt;timer_ute");
    expect(lines.slice(1, 4)).toEqual([
      "Kari Nordmann;2026-02-16;7,5;0",
      "Kari Nordmann;2026-02-17;7,5;3",
      "Kari Nordmann;2026-02-18;7,5;0",
    ]);
    expect(lines).toHaveLength(1 + 40 + 1);
    expect(JSON.parse(readFileSync(join(dir, "team.json"), "utf8")).countingRules).toEqual({
      calendar: { outCategories: ["Ute", "Gul kategori", "Yellow category"], workingDayHours: 7.5 },
    });
    const again = await cli(["import", "kalender", KARI, "--team", dir]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, "utetid.csv"))).toEqual(bytes);
    expect(again.stderr).toContain(
      "40 rader fra kalenderne skrevet (40 tidligere rader for de samme dagene erstattet), 0 andre rader beholdt",
    );
    expect(again.stderr).toContain("kalenderreglene var allerede lagret");
  });

  it("says what it read: events, days, hours, and what it ignored and why", async () => {
    const dir = teamFolder();
    const r = await cli(["import", "kalender", KARI, "--team", dir, "--lang", "en"]);
    expect(r.stderr).toContain(
      "Data window 2026-02-16–2026-04-12 (8 weeks before the visit on 2026-04-13, from team.json).",
    );
    expect(r.stderr).toContain("(iCalendar) → Kari Nordmann");
    expect(r.stderr).toContain(
      "Read: 20 events (a recurring series counted once); 23 occurrences in the window, 17 with an out category.",
    );
    expect(r.stderr).toContain("Days: 40 rows (37 weekdays, 3 Saturdays/Sundays with time out).");
    expect(r.stderr).toContain("Hours: 289.5 in all, 53.5 out (18.5 %).");
    expect(r.stderr).toContain(
      "Absent days, no row: 2 with an all-day event (2026-02-23, 2026-02-25); 1 out of office/OOF (2026-03-06).",
    );
    expect(r.stderr).toContain("5 without an out category (other categories: Grønn kategori 1, Viktig 1)");
    expect(r.stderr).toContain("1 cancelled");
  });

  it("keeps other specialists' rows and other days byte for byte, in the file's own dialect (Windows-1252, dd.mm.yyyy, decimal comma)", async () => {
    const before = [
      "Jobbspesialist;Dato;Timer totalt;Timer ute;Kommentar",
      'Kåre Ås;17.02.2026;7,5;4,25;"a;b"', // another specialist: kept
      "Kari Nordmann;10.01.2026;7,5;2;før vinduet", // outside the window: kept
      "KARI NORDMANN;17.02.2026;7,5;6;", // same person (any case), in the window: replaced
      "Kari Nordmann;2026-W10;37,5;20;", // a weekly row whose Monday is in the window: replaced
      "",
    ].join("\r\n");
    const dir = teamFolder({}, Buffer.from(before, "latin1"));
    const r = await cli(["import", "kalender", KARI, "--team", dir]);
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, "utetid.csv")).toString("latin1");
    const lines = after.split("\r\n");
    expect(lines.slice(0, 3)).toEqual(before.split("\r\n").slice(0, 3));
    expect(lines).not.toContain("KARI NORDMANN;17.02.2026;7,5;6;");
    expect(lines).toContain("KARI NORDMANN;17.02.2026;7,5;3;"); // the file's own spelling of the name, its date style
    expect(lines).toContain("KARI NORDMANN;20.02.2026;7,5;3,5;");
    expect(lines).toContain("KARI NORDMANN;16.03.2026;10;10;");
    expect(lines.filter((l) => l.startsWith("KARI NORDMANN;"))).toHaveLength(40);
    expect(r.stderr).toContain("2 tidligere rader for de samme dagene erstattet), 2 andre rader beholdt");
    // And it reads back as valid utetid data.
    const v = await cli(["validate", dir]);
    expect(v.code).toBe(0);
  });

  it("a file with a team column: new rows get the team's name, other teams' rows are never touched", async () => {
    const before = "team,jobbspesialist,dato,timer_totalt,timer_ute\nTeam Sør,Kari Nordmann,2026-02-17,7.5,1.5\n";
    const dir = teamFolder({}, before);
    expect((await cli(["import", "kalender", KARI, "--team", dir])).code).toBe(0);
    const lines = readFileSync(join(dir, "utetid.csv"), "utf8")
      .replace(/^\ufeff/, "")
      .split("\n");
    expect(lines[1]).toBe("Team Sør,Kari Nordmann,2026-02-17,7.5,1.5");
    expect(lines).toContain("Team Nord,Kari Nordmann,2026-02-20,7.5,3.5");
  });

  it("--dry-run writes nothing", async () => {
    const dir = teamFolder();
    const r = await cli(["import", "kalender", KARI, "--team", dir, "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Prøvekjøring (--dry-run): ingenting er skrevet.");
    expect(existsSync(join(dir, "utetid.csv"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "team.json"), "utf8")).countingRules).toBeUndefined();
  });

  it("--ute-kategori and --arbeidsdag change the rules and are saved; the next run uses the saved rules", async () => {
    const dir = teamFolder();
    expect(
      (await cli(["import", "kalender", KARI, "--team", dir, "--ute-kategori", "Viktig", "--arbeidsdag", "8"])).code,
    ).toBe(0);
    const rows = () => readFileSync(join(dir, "utetid.csv"), "utf8").split("\r\n");
    expect(rows()).toContain("Kari Nordmann;2026-02-20;8;3,5"); // "Viktig, Gul kategori" still counts, by Viktig
    expect(rows()).toContain("Kari Nordmann;2026-02-17;8;0"); // Ute no longer does
    const saved = readFileSync(join(dir, "utetid.csv"));
    expect((await cli(["import", "kalender", KARI, "--team", dir])).code).toBe(0);
    expect(readFileSync(join(dir, "utetid.csv"))).toEqual(saved);
  });
});

describe("refusals", () => {
  it.each([
    [["import", "kalender", KARI], 2, "--team <mappe> må gis", "--team <dir> is required"],
    [
      ["import", "kalender", join(FIXTURES, "..", "calendar", "Kari Nordmann.ics"), "--team", "/nonexistent/x"],
      2,
      "mappen finnes ikke",
      "no such folder",
    ],
    [
      ["import", "kalender", KARI, OLA, "--team", "TEAM", "--jobbspesialist", "A"],
      2,
      "--jobbspesialist er gitt 1 gang for 2 filer",
      "--jobbspesialist was given 1 time for 2 files",
    ],
    [
      ["import", "kalender", KARI, "--team", "TEAM", "--arbeidsdag", "25"],
      2,
      "--arbeidsdag må være timene i en arbeidsdag",
      "--arbeidsdag must be the hours of a working day",
    ],
    [
      ["import", "kalender", KARI, "--team", "TEAM", "--visit-date", "2027-06-01"],
      3,
      "eksporten dekker 01.01.2026–31.12.2026, ingenting av vinduet",
      "the export covers 2026-01-01–2026-12-31, none of the window",
    ],
    [
      ["import", "kalender", KARI, "--team", "TEAM", "--visit-date", "2026-01-05"],
      3,
      "ingen hendelser i vinduet 10.11.2025–04.01.2026",
      "no events in the window 2025-11-10–2026-01-04",
    ],
  ] as [string[], number, string, string][])("%j → exit %i, in bokmål and English", async (args, code, nb, en) => {
    const dir = teamFolder();
    const command = args.map((a) => (a === "TEAM" ? dir : a));
    const inNb = await cli(command);
    const inEn = await cli([...command, "--lang", "en"]);
    expect([inNb.code, inEn.code]).toEqual([code, code]);
    expect(inNb.stderr).toContain(nb);
    expect(inEn.stderr).toContain(en);
    expect(existsSync(join(dir, "utetid.csv"))).toBe(false);
  });

  it("a file name that names a calendar, not a person, is refused unless --jobbspesialist names them", async () => {
    const dir = teamFolder();
    const tmp = mkdtempSync(join(tmpdir(), "kalender-"));
    cpSync(KARI, join(tmp, "Kalender.ics"));
    const r = await cli(["import", "kalender", join(tmp, "Kalender.ics"), "--team", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('filnavnet "Kalender.ics" er ikke navnet på en jobbspesialist');
    const en = await cli(["import", "kalender", join(tmp, "Kalender.ics"), "--team", dir, "--lang", "en"]);
    expect(en.stderr).toContain('the file name "Kalender.ics" does not name a specialist');
    const ok = await cli([
      "import",
      "kalender",
      join(tmp, "Kalender.ics"),
      "--team",
      dir,
      "--jobbspesialist",
      "Kari Nordmann",
    ]);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, "utetid.csv"), "utf8")).toContain("Kari Nordmann;2026-02-17;7,5;3");
  });

  it("an unknown CSV header: what was found and what is expected, nothing written", async () => {
    const dir = teamFolder();
    const tmp = mkdtempSync(join(tmpdir(), "kalender-"));
    writeFileSync(join(tmp, "Kari.csv"), "Tittel;Fra;Til\r\nx;1;2\r\n");
    const r = await cli(["import", "kalender", join(tmp, "Kari.csv"), "--team", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('found "Tittel", "Fra", "Til"; expected Start Date, Start Time');
    expect(readdirSync(dir)).toEqual(["team.json"]);
  });
});

describe("privacy: subjects, descriptions, locations and attendees never appear", () => {
  it("in nothing the import and score print or write, in either language", async () => {
    const dir = teamFolder();
    const outputs: string[] = [];
    for (const args of [
      ["import", "kalender", KARI, OLA, PER, "--team", dir],
      ["import", "kalender", KARI, OLA, PER, "--team", dir, "--lang", "en", "--dry-run"],
      ["import", "kalender", KARI, "--team", dir, "--visit-date", "2027-06-01"],
      ["import", "kalender", PER, "--team", dir, "--ute-kategori", "Ingen slik"],
    ]) {
      const r = await cli(args);
      outputs.push(r.stdout, r.stderr);
    }
    expect((await cli(["import", "kalender", KARI, OLA, PER, "--team", dir])).code).toBe(0);
    const out = join(dir, "..", "out");
    const s = await cli(["score", dir, "--out", out, "--json"]);
    outputs.push(s.stdout, s.stderr);
    for (const f of readdirSync(dir)) outputs.push(readFileSync(join(dir, f), "utf8"));
    for (const f of readdirSync(out))
      outputs.push(f.endsWith(".pdf") ? await pdfText(readFileSync(join(out, f))) : readFileSync(join(out, f), "utf8"));
    const all = outputs.join("\n");
    expect(all).toContain("Kari Nordmann"); // the outputs are there …
    for (const secret of ["HEMMELIG", "Storgata", "Bedriftsbesøk", "ola.hemmelig", "Vinterferie", "Legetime"])
      expect(all).not.toContain(secret); // … and hold none of the private text
  });
});

describe("names and unreadable files", () => {
  it("a name the team's other files write differently is pointed out; a name they lack is noted", async () => {
    const dir = teamFolder({}, "jobbspesialist;dato;timer_totalt;timer_ute\r\nKare Nordmann;01.01.2026;7,5;1\r\n");
    writeFileSync(
      join(dir, "arbeidsgiverkontakter.csv"),
      "jobbspesialist;dato;arbeidsgiver;kontaktform\r\nIngrid Haugen;2026-03-02;Bakeri AS;oppmøte\r\n",
    );
    const tmp = mkdtempSync(join(tmpdir(), "kalender-"));
    cpSync(KARI, join(tmp, "Kåre Nordmann.ics"));
    cpSync(KARI, join(tmp, "Ola Berg.ics"));
    const r = await cli([
      "import",
      "kalender",
      join(tmp, "Kåre Nordmann.ics"),
      join(tmp, "Ola Berg.ics"),
      "--team",
      dir,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'Warning: the team\'s files write the name "Kare Nordmann"; the report sees "Kåre Nordmann" as another specialist.',
    );
    expect(r.stderr).toContain(
      'Note: "Ola Berg" is not in the employer contacts or the caseload (names there: Ingrid Haugen).',
    );
  });

  it("a utetid.csv with weekly rows and no dato column is refused, in bokmål by default and English with --lang en", async () => {
    const dir = teamFolder({}, "jobbspesialist;uke;timer_totalt;timer_ute\r\nKari Nordmann;2026-W10;37,5;20\r\n");
    const before = readFileSync(join(dir, "utetid.csv"), "utf8");
    const nb = await cli(["import", "kalender", KARI, "--team", dir]);
    expect(nb.code).toBe(3);
    expect(nb.stderr).toContain("ukerader (uke) og ingen dato-kolonne");
    expect(nb.stderr).not.toContain("weekly rows");
    const en = await cli(["import", "kalender", KARI, "--team", dir, "--lang", "en"]);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain("the file has weekly rows (uke) and no dato column");
    expect(readFileSync(join(dir, "utetid.csv"), "utf8")).toBe(before);
  });

  it("an .ics line ical.js cannot read is named by its line number, never its text", async () => {
    const dir = teamFolder();
    const tmp = mkdtempSync(join(tmpdir(), "kalender-"));
    const bad = readFileSync(KARI, "utf8").replace(
      "LOCATION:HEMMELIG-STED Storgata 5",
      "HEMMELIG-STED Storgata 5 uten kolon",
    );
    writeFileSync(join(tmp, "Kari Nordmann.ics"), bad);
    const r = await cli(["import", "kalender", join(tmp, "Kari Nordmann.ics"), "--team", dir]);
    expect(r.code).toBe(3);
    const line = bad.split("\r\n").findIndex((l) => l.startsWith("HEMMELIG-STED")) + 1;
    // Bokmål by default; what ical.js says stays in its own words.
    expect(r.stderr).toContain(
      `Kari Nordmann.ics:${line}: ikke en iCalendar-fil (.ics) dette verktøyet kan lese: invalid line (no token ";" or ":") (linjen vises ikke: den kan inneholde privat tekst)`,
    );
    expect(r.stderr).not.toContain("HEMMELIG");
    const en = await cli(["import", "kalender", join(tmp, "Kari Nordmann.ics"), "--team", dir, "--lang", "en"]);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain(
      `Kari Nordmann.ics:${line}: not an iCalendar (.ics) file this tool can read: invalid line (no token ";" or ":") (the line is not shown: it may hold private text)`,
    );
    expect(en.stderr).not.toContain("HEMMELIG");
  });

  it("a CSV row whose columns have slipped shows no cell that could be a subject", async () => {
    const dir = teamFolder();
    const tmp = mkdtempSync(join(tmpdir(), "kalender-"));
    writeFileSync(
      join(tmp, "Kari.csv"),
      '"Subject","Start Date","Start Time","End Date","End Time","Categories"\r\nHEMMELIG-EMNE, med komma,"17.02.2026","09:00","17.02.2026","10:00","Ute"\r\n',
    );
    const r = await cli(["import", "kalender", join(tmp, "Kari.csv"), "--team", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Start Date: (value not shown) is not a date");
    expect(r.stderr).not.toContain("HEMMELIG");
  });
});
