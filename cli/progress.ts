/**
 * Progress a person can follow on long runs: "[k/N] stack: step" with the
 * elapsed time, redrawn once a second on a terminal; on anything else (CI,
 * a pipe, a file) only one line when a step starts and one when it ends.
 */
export interface ProgressSink {
  write(text: string): void;
  readonly isTTY?: boolean;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private readonly active = new Map<string, number>();

  constructor(
    private readonly out: ProgressSink = process.stderr,
    private readonly now: () => number = Date.now,
  ) {}

  private get live(): boolean {
    return this.out.isTTY === true;
  }

  /** A step begins; returns a function that ends it with a result line. */
  start(label: string): (result: string) => void {
    const started = this.now();
    this.active.set(label, started);
    if (this.live) {
      this.redraw();
      this.timer ??= setInterval(() => this.redraw(), 1000);
    } else {
      this.out.write(`${label} …\n`);
    }
    return (result: string) => {
      this.active.delete(label);
      this.clearLine();
      this.out.write(`${label}: ${result} (${formatDuration(this.now() - started)})\n`);
      if (this.active.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      } else if (this.live) this.redraw();
    };
  }

  /** A line of its own (a notice, a finding). */
  note(text: string): void {
    this.clearLine();
    this.out.write(`${text}\n`);
    if (this.live && this.active.size > 0) this.redraw();
  }

  private clearLine(): void {
    if (this.live) this.out.write("\r\x1b[2K");
  }

  private redraw(): void {
    if (!this.live) return;
    const now = this.now();
    const parts = [...this.active].map(([label, started]) => `${label} (${formatDuration(now - started)})`);
    this.out.write(`\r\x1b[2K${parts.join("  ·  ")}`);
  }
}
