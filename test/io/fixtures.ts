/** Paths of the committed fixtures under test/fixtures, relative to the working directory (as a user types them). */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

export function fixture(rel: string): string {
  return relative(process.cwd(), fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url)));
}
