/**
 * Where a command writes, and whether it may use colour. Passed in so commands are testable.
 *
 * @category model
 */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour only for a terminal, and never when NO_COLOR is set. */
  readonly colour: boolean;
  /** Reads a file as UTF-8 text; the only I/O a command does besides printing. */
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a file as UTF-8 text. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

/** A style name: bold, dim, red, green, yellow or cyan. */
export type Style = keyof typeof codes;

/**
 * Wraps text in an ANSI style when colour is on, and leaves it plain otherwise.
 *
 * @example
 * paint(io, 'green', 'met');
 */
export const paint = (io: Pick<Io, 'colour'>, style: Style, text: string): string => {
  if (!io.colour) return text;
  const [open, close] = codes[style];
  return `\u001b[${String(open)}m${text}\u001b[${String(close)}m`;
};
