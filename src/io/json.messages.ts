/** Problems with a JSON input file as a file (team.json, the answers file): its size, its bytes, repeated keys. */
import { defineMessages } from "../core/i18n.js";

export const JSON_FILE = defineMessages("jsonFile", {
  tooLarge: (p: { mb: number; teamJson: boolean; maxMb: number }) => ({
    nb: `filen er på ${p.mb} MB: langt større enn ${p.teamJson ? "en team.json" : "en JSON-inndatafil"} kan være (høyst ${p.maxMb} MB); er det riktig fil?`,
    en: `the file is ${p.mb} MB: far larger than a ${p.teamJson ? "team.json" : "JSON input file"} can be (at most ${p.maxMb} MB); is it the right file?`,
  }),
  badByte: (p: { hex: string }) => ({
    nb: `byte 0x${p.hex} her er ikke gyldig UTF-8, mens resten av filen er UTF-8: skriv tegnet på nytt og lagre filen som UTF-8`,
    en: `byte 0x${p.hex} here is not valid UTF-8, while the rest of the file is UTF-8: retype the character and save the file as UTF-8`,
  }),
  duplicateKey: (p: { line: number; exact: boolean }) => ({
    nb: `denne nøkkelen gjentar nøkkelen på linje ${p.line}${p.exact ? "" : " (den er lik når en ser bort fra mellomrom og store/små bokstaver)"}: bare én av verdiene ville telle; behold én av dem`,
    en: `this key repeats the key on line ${p.line}${p.exact ? "" : " (the same when spaces and upper/lower case are ignored)"}: only one value would count; keep one of them`,
  }),
});
