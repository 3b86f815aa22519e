// Whether re-indenting a continuation line can change what the builder sees. The builder
// joins continuation lines verbatim (only the escape character and the line break go; leading
// whitespace stays), so a continuation line's indentation becomes part of the instruction's
// text. Changing it is harmless between words, where the shell and Docker's word splitting
// collapse whitespace, and wrong inside quotes (`"a \` + `   b"`) or where the line glues onto
// the previous word (`RUN ec\` + `ho`).

const BLANK = /^[ \t]*$/;

/**
 * Reads an instruction's argument text piece by piece, in two ways at once: with `\` and the
 * file's escape character as escapes (POSIX shells, PowerShell's backtick, Docker's own word
 * parsing) and with no escapes at all (cmd.exe, where `C:\` ends in a backslash). A join is
 * outside quotes only when both readings agree.
 */
export class JoinTracker {
  private quoteEscaped = '';
  private quotePlain = '';
  private pendingEscape = false;
  /** The last character read was whitespace that separates words. */
  private endsWithBreak = false;
  /** Some argument text has been read (leading whitespace is trimmed by the builder). */
  private started = false;
  private readonly escapes: ReadonlySet<string>;

  constructor(escape: string) {
    this.escapes = new Set(['\\', escape]);
  }

  /** Reads one line's contribution: its text without the continuation character. */
  read(text: string): void {
    for (const c of text) {
      const space = c === ' ' || c === '\t';
      if (!space) this.started = true;
      this.readPlain(c);
      if (this.pendingEscape) {
        this.pendingEscape = false;
        this.endsWithBreak = false;
        continue;
      }
      this.endsWithBreak = space && this.quoteEscaped === '';
      if (this.quoteEscaped === "'") {
        if (c === "'") this.quoteEscaped = '';
      } else if (this.escapes.has(c)) {
        this.pendingEscape = true;
      } else if (this.quoteEscaped === '"') {
        if (c === '"') this.quoteEscaped = '';
      } else if (c === '"' || c === "'") {
        this.quoteEscaped = c;
      }
    }
  }

  private readPlain(c: string): void {
    if (this.quotePlain === '') { if (c === '"' || c === "'") this.quotePlain = c; } else if (c === this.quotePlain) this.quotePlain = '';
  }

  /** Where the next continuation line joins: a snapshot, for deciding how that line may move. */
  join(splitsWords: boolean): Join {
    return {
      free: !this.started,
      safe: splitsWords && !this.pendingEscape && this.quoteEscaped === '' && this.quotePlain === '',
      wordBreak: this.endsWithBreak,
    };
  }
}

export interface Join {
  /** No argument text yet: the builder trims whatever whitespace comes next. */
  free: boolean;
  /** Outside quotes and escapes, in arguments split into words at whitespace. */
  safe: boolean;
  /** The text so far ends with whitespace that separates words. */
  wordBreak: boolean;
}

/**
 * Whether a continuation line joining at `join` may have its leading whitespace `from`
 * replaced by `to`: the joined text may change only in the amount of whitespace between words.
 */
export function canMove(join: Join, from: string, to: string): boolean {
  if (from === to || join.free) return true;
  if (!join.safe || !BLANK.test(from) || !BLANK.test(to)) return false;
  // A word break before and after, or neither (then nothing changes).
  return (join.wordBreak || from !== '') === (join.wordBreak || to !== '');
}
