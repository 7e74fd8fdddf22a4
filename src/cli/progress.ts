/** A one-line progress bar on stderr, only when stderr is a terminal (never in pipes, CI logs or --json). */
import type { CliContext } from "./context.js";

export class Progress {
  private done_ = 0;
  private readonly on: boolean;

  constructor(
    private readonly ctx: CliContext,
    private readonly total: number,
  ) {
    this.on = Boolean(ctx.stderr.isTTY) && !ctx.quiet && total > 1;
  }

  tick(label: string): void {
    this.done_++;
    if (!this.on) return;
    const width = 24;
    const filled = Math.round((this.done_ / this.total) * width);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.ctx.stderr.write(
      `\r\x1b[2K[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${this.done_}/${this.total} ${name}`,
    );
  }

  clear(): void {
    if (this.on) this.ctx.stderr.write("\r\x1b[2K");
  }

  done(): void {
    this.clear();
  }
}
