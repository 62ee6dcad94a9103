import {
  ApplicationCommandOptionType as OptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * A slash command's definition: plain JSON, written `as const satisfies Definition` so handler
 * arguments are inferred from it and cannot drift from what Discord registers.
 */
export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A text file the user supplied: an attachment on Discord, a path in the terminal. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/**
 * A file the user supplied, known by name, size and type before anything is downloaded or read,
 * so it can be refused first.
 */
export interface Upload {
  readonly kind: 'upload';
  readonly name: string;
  readonly size: number;
  readonly contentType: string | undefined;
  readonly read: () => Promise<string>;
}

/** An option's value as a transport delivers it, before uploads are read. */
export type RawValue = string | number | boolean | Upload;

/** Parsed but not yet resolved arguments: the subcommand, if any, and the options by name. */
export interface RawArgs {
  readonly subcommand: string | undefined;
  readonly values: Readonly<Record<string, RawValue>>;
}

// ---- types inferred from a definition -----------------------------------------

type ChoiceValue<O, Fallback> = O extends {
  readonly choices: readonly { readonly value: infer V }[];
}
  ? V
  : Fallback;

type ValueOf<O> = O extends { readonly type: OptionType.String }
  ? ChoiceValue<O, string>
  : O extends { readonly type: OptionType.Integer | OptionType.Number }
    ? ChoiceValue<O, number>
    : O extends { readonly type: OptionType.Boolean }
      ? boolean
      : O extends { readonly type: OptionType.Attachment }
        ? TextFile
        : never;

type Each<Options> = Options extends readonly (infer O)[] ? O : never;

type Named = { readonly name: string };

type OptionArgs<Options> = {
  readonly [
    O in Each<Options> as O extends { readonly required: true } & Named ? O['name'] : never
  ]: ValueOf<O>;
} & {
  readonly [
    O in Each<Options> as O extends { readonly required: true }
      ? never
      : O extends Named
        ? O['name']
        : never
  ]?: ValueOf<O>;
};

type SubcommandArgs<O> = O extends {
  readonly type: OptionType.Subcommand;
  readonly name: infer N;
}
  ? { readonly subcommand: N } & OptionArgs<O extends { readonly options: infer Os } ? Os : []>
  : never;

/**
 * The arguments a handler receives for a definition: one property per option (optional unless
 * `required: true`), typed by option type and narrowed to the declared choices; for commands with
 * subcommands, a union tagged by `subcommand`.
 *
 * @example
 * const def = { name: 'article', description: 'x', options: [
 *   { name: 'number', description: 'n', type: ApplicationCommandOptionType.Integer, required: true },
 * ] } as const satisfies Definition;
 * type A = ArgsOf<typeof def>; // { readonly number: number }
 */
export type ArgsOf<D> = D extends { readonly options: infer Options }
  ? Each<Options> extends { readonly type: OptionType.Subcommand }
    ? SubcommandArgs<Each<Options>>
    : OptionArgs<Options>
  : Record<string, never>;

// ---- runtime ------------------------------------------------------------------

const isSubcommand = (option: APIApplicationCommandOption): boolean =>
  option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup;

/** The subcommands of a definition, empty when it takes options directly. */
export const subcommandsOf = (definition: Definition): readonly APIApplicationCommandOption[] =>
  (definition.options ?? []).filter(isSubcommand);

/** The options that take values, for the definition or for one of its subcommands. */
export const leafOptions = (
  definition: Definition,
  subcommand: string | undefined,
): readonly APIApplicationCommandBasicOption[] => {
  if (subcommand === undefined) {
    return (definition.options ?? []).filter(
      (o): o is APIApplicationCommandBasicOption => !isSubcommand(o),
    );
  }
  const found = subcommandsOf(definition).find((o) => o.name === subcommand);
  return found !== undefined && found.type === OptionType.Subcommand ? (found.options ?? []) : [];
};

const truthy = new Set(['true', 'yes', 'y', '1', 'on']);
const falsy = new Set(['false', 'no', 'n', '0', 'off']);

/**
 * Converts a typed-in value to an option's type and checks it against the option's choices and
 * bounds. Returns the value or a sentence saying what is wrong.
 */
export const coerceOption = (
  option: APIApplicationCommandBasicOption,
  input: string | number | boolean,
): { readonly value: string | number | boolean } | { readonly problem: string } => {
  const text = String(input).trim();
  switch (option.type) {
    case OptionType.String: {
      const choices = option.choices ?? [];
      if (choices.length > 0) {
        const match = choices.find(
          (c) =>
            c.value.toLowerCase() === text.toLowerCase() ||
            c.name.toLowerCase() === text.toLowerCase(),
        );
        if (match === undefined) {
          return {
            problem: `\`${option.name}\` must be one of: ${choices.map((c) => c.value).join(', ')}.`,
          };
        }
        return { value: match.value };
      }
      if (option.min_length !== undefined && text.length < option.min_length) {
        return {
          problem: `\`${option.name}\` needs at least ${String(option.min_length)} characters.`,
        };
      }
      if (option.max_length !== undefined && text.length > option.max_length) {
        return {
          problem: `\`${option.name}\` takes at most ${String(option.max_length)} characters.`,
        };
      }
      return { value: text };
    }
    case OptionType.Integer:
    case OptionType.Number: {
      const value = typeof input === 'number' ? input : Number(text);
      const whole = option.type === OptionType.Integer;
      if (text === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
        return { problem: `\`${option.name}\` must be ${whole ? 'a whole number' : 'a number'}.` };
      }
      if (option.min_value !== undefined && value < option.min_value) {
        return { problem: `\`${option.name}\` must be at least ${String(option.min_value)}.` };
      }
      if (option.max_value !== undefined && value > option.max_value) {
        return { problem: `\`${option.name}\` must be at most ${String(option.max_value)}.` };
      }
      return { value };
    }
    case OptionType.Boolean: {
      if (typeof input === 'boolean') return { value: input };
      if (truthy.has(text.toLowerCase())) return { value: true };
      if (falsy.has(text.toLowerCase())) return { value: false };
      return { problem: `\`${option.name}\` must be yes or no.` };
    }
    default:
      return { problem: `\`${option.name}\` cannot be typed in.` };
  }
};

/**
 * Checks named values against a definition (or one of its subcommands): converts each, reports
 * unknown names and missing required options, and returns every problem at once.
 */
export const checkArgs = (
  definition: Definition,
  subcommand: string | undefined,
  named: Readonly<Record<string, string | number | boolean | Upload>>,
): { readonly args: RawArgs } | { readonly problems: readonly string[] } => {
  const options = leafOptions(definition, subcommand);
  const problems: string[] = [];
  const values: Record<string, RawValue> = {};
  for (const [name, input] of Object.entries(named)) {
    const option = options.find((o) => o.name === name);
    if (option === undefined) {
      const known = options.map((o) => `\`${o.name}\``).join(', ');
      problems.push(
        `/${definition.name} has no option \`${name}\`${known === '' ? '.' : `; it takes ${known}.`}`,
      );
      continue;
    }
    if (typeof input === 'object') {
      if (option.type === OptionType.Attachment) values[name] = input;
      else problems.push(`\`${name}\` is not a file.`);
      continue;
    }
    if (option.type === OptionType.Attachment) {
      problems.push(`\`${name}\` must be a file.`);
      continue;
    }
    const coerced = coerceOption(option, input);
    if ('problem' in coerced) problems.push(coerced.problem);
    else values[name] = coerced.value;
  }
  for (const option of options) {
    if (option.required === true && !(option.name in named)) {
      problems.push(`\`${option.name}\` is missing: ${option.description}.`);
    }
  }
  return problems.length > 0 ? { problems } : { args: { subcommand, values } };
};
