import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import { checkArgs, type RawArgs } from '../commands/args.js';
import { findCommand, type AnyCommand } from '../commands/command.js';
import { invoke, type InvokeDeps } from '../invoke.js';
import { notice, type Reply } from '../reply.js';
import { text } from '../text.js';
import { decodeCustomId } from './customId.js';
import { limits, truncate } from './limits.js';
import type { Download } from './options.js';
import { readOptions } from './options.js';
import type { PageStore } from './pages.js';
import { attachments, components, paginate } from './render.js';

/** What the Discord transport needs besides the shared command pipeline. */
export interface DiscordDeps extends InvokeDeps {
  readonly pages: PageStore;
  readonly download: Download;
  /** Acknowledge on the handler's behalf if it has not answered by then (Discord allows 3 s). */
  readonly autoDeferMs: number;
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction;

/**
 * Answers one interaction at most once, whatever order defer and reply are asked in: reply if
 * nothing was sent, edit the deferred reply otherwise. Calls are queued so an automatic defer and
 * the real answer cannot race. In `update` mode (a step of a flow) the answer replaces the
 * message the button or menu is on.
 */
class Responder {
  #state: 'fresh' | 'deferred' | 'replied' = 'fresh';
  #deferredEphemeral = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly interaction: Answerable,
    private readonly pages: PageStore,
    private readonly mode: 'reply' | 'update' = 'reply',
  ) {}

  #serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(step);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  defer(ephemeral: boolean): Promise<void> {
    return this.#serial(async () => {
      if (this.#state !== 'fresh') return;
      if (this.mode === 'update' && !this.interaction.isChatInputCommand()) {
        await this.interaction.deferUpdate();
      } else {
        await this.interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      }
      this.#state = 'deferred';
      this.#deferredEphemeral = ephemeral;
    });
  }

  send(reply: Reply): Promise<void> {
    return this.#serial(async () => {
      const rendered = paginate(reply);
      const key = rendered.length > 1 ? this.pages.save({ reply, pages: rendered }) : undefined;
      const first = rendered[0];
      const payload = {
        embeds: first === undefined ? [] : [first.embed],
        components: components(
          reply,
          key === undefined ? undefined : { key, index: 0, count: rendered.length },
        ),
        files: attachments(reply),
        allowedMentions: { parse: [] },
      };
      const ephemeral = reply.ephemeral === true;
      if (this.mode === 'update' && !this.interaction.isChatInputCommand()) {
        if (this.#state === 'fresh') await this.interaction.update(payload);
        else await this.interaction.editReply(payload);
      } else if (this.#state === 'fresh') {
        await this.interaction.reply(
          ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload,
        );
      } else if (ephemeral && !this.#deferredEphemeral) {
        // The visibility of a deferred reply is fixed; a private answer replaces it.
        await this.interaction.deleteReply();
        await this.interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
      } else {
        await this.interaction.editReply(payload);
      }
      this.#state = 'replied';
    });
  }
}

/** The values typed so far into an autocomplete's options, subcommands flattened away. */
const typedOptions = (interaction: AutocompleteInteraction): Record<string, string> => {
  const values: Record<string, string> = {};
  const visit = (options: readonly CommandInteractionOption[]): void => {
    for (const option of options) {
      if (option.options !== undefined) visit(option.options);
      else if (option.value !== undefined && option.focused !== true)
        values[option.name] = String(option.value);
    }
  };
  visit(interaction.options.data);
  return values;
};

const isDiscordError = (error: unknown, code: number): boolean =>
  error instanceof DiscordAPIError && error.code === code;

/**
 * The bot's interaction handling: routes slash commands, autocomplete, buttons and menus to the
 * commands; keeps track of work in flight so shutdown can wait for it; and never lets an error
 * escape: expired (10062) and already-acknowledged (40060) interactions are logged, other errors
 * become a polite private message and a log line.
 */
export const createInteractionHandler = (deps: DiscordDeps) => {
  const inflight = new Set<Promise<void>>();
  let draining = false;

  const runCommand = async (
    interaction: Answerable,
    command: AnyCommand,
    read: () => { readonly args: RawArgs } | { readonly problems: readonly string[] },
    forceEphemeral: boolean,
    log: Logger,
    mode: 'reply' | 'update' = 'reply',
  ): Promise<void> => {
    const responder = new Responder(interaction, deps.pages, mode);
    const started = performance.now();
    const ephemeral = forceEphemeral || command.ephemeral === true;
    if (draining) {
      await responder.send(notice(text.botName, text.shuttingDown));
      return;
    }
    const parsed = read();
    if ('problems' in parsed) {
      await responder.send(notice(text.invalidArgsTitle, parsed.problems.join('\n')));
      return;
    }
    const timer = setTimeout(() => {
      responder.defer(ephemeral).catch((error: unknown) => {
        log.warn({ err: error }, 'automatic defer failed');
      });
    }, deps.autoDeferMs);
    try {
      const { reply, outcome } = await invoke(
        command,
        parsed.args,
        { userId: interaction.user.id, requestId: interaction.id },
        deps,
        () => responder.defer(ephemeral),
      );
      clearTimeout(timer);
      await responder.send(forceEphemeral ? { ...reply, ephemeral: true } : reply);
      log.info({ outcome, ms: Math.round(performance.now() - started) }, 'answered');
    } finally {
      clearTimeout(timer);
    }
  };

  const slash = (interaction: ChatInputCommandInteraction, log: Logger): Promise<void> => {
    const command = findCommand(deps.commands, interaction.commandName);
    if (command === undefined) {
      return new Responder(interaction, deps.pages).send(
        notice(text.unknownCommandTitle, text.unknownCommand(interaction.commandName)),
      );
    }
    return runCommand(
      interaction,
      command,
      () => readOptions(command, interaction, deps.download),
      false,
      log,
    );
  };

  const autocomplete = async (interaction: AutocompleteInteraction, log: Logger): Promise<void> => {
    const command = findCommand(deps.commands, interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let suggestions: readonly { name: string; value: string }[] = [];
    try {
      suggestions =
        command?.autocomplete?.(
          { name: focused.name, value: focused.value, others: typedOptions(interaction) },
          { userId: interaction.user.id, commands: deps.commands },
        ) ?? [];
    } catch (error) {
      log.error({ err: error }, 'autocomplete failed');
    }
    await interaction.respond(
      suggestions.slice(0, limits.choices).map((s) => ({
        name: truncate(s.name, limits.choiceText),
        value: truncate(s.value, limits.choiceText),
      })),
    );
  };

  const component = async (
    interaction: ButtonInteraction | StringSelectMenuInteraction,
    log: Logger,
  ): Promise<void> => {
    const id = decodeCustomId(interaction.customId);
    if (id === undefined) {
      log.warn({ customId: interaction.customId }, 'unknown component');
      await interaction.deferUpdate();
      return;
    }
    if (id.kind === 'page') {
      const stored = deps.pages.get(id.key);
      const page = stored?.pages[id.index];
      if (stored === undefined || page === undefined) {
        await new Responder(interaction, deps.pages).send(
          notice(text.pagesExpiredTitle, text.pagesExpired),
        );
        return;
      }
      await interaction.update({
        embeds: [page.embed],
        components: components(stored.reply, {
          key: id.key,
          index: id.index,
          count: stored.pages.length,
        }),
        allowedMentions: { parse: [] },
      });
      return;
    }
    const [name = '', subcommand] = id.command.split(' ');
    const command = findCommand(deps.commands, name);
    if (command === undefined) {
      await new Responder(interaction, deps.pages).send(
        notice(text.unknownCommandTitle, text.unknownCommand(name)),
      );
      return;
    }
    // A menu that takes several values passes them joined by commas (see CommandMenu).
    const values =
      id.kind === 'menu' && interaction.isStringSelectMenu()
        ? { ...id.args, [id.arg]: interaction.values.join(',') }
        : id.args;
    await runCommand(
      interaction,
      command,
      () => checkArgs(command.definition, subcommand, values),
      true,
      log,
      id.replace ? 'update' : 'reply',
    );
  };

  const route = async (interaction: Interaction): Promise<void> => {
    const log = deps.log.child({
      interactionId: interaction.id,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      // Which connection brought it in, to trace a sharded bot's logs back to one shard.
      ...(interaction.guild === null ? {} : { shard: interaction.guild.shardId }),
      ...(interaction.isCommand() || interaction.isAutocomplete()
        ? { command: interaction.commandName }
        : {}),
      ...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
    });
    try {
      if (interaction.isChatInputCommand()) await slash(interaction, log);
      else if (interaction.isAutocomplete()) await autocomplete(interaction, log);
      else if (interaction.isButton() || interaction.isStringSelectMenu()) {
        await component(interaction, log);
      }
    } catch (error) {
      if (isDiscordError(error, RESTJSONErrorCodes.UnknownInteraction)) {
        log.warn({ err: error }, 'interaction expired before it was answered (10062)');
      } else if (isDiscordError(error, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)) {
        log.warn(
          { err: error },
          'interaction already acknowledged (40060): is another instance running?',
        );
      } else {
        log.error({ err: error }, 'could not answer the interaction');
        await tellPolitely(interaction, log);
      }
    }
  };

  return {
    /** Handles one interaction; never rejects. */
    handle: (interaction: Interaction): Promise<void> => {
      const task = route(interaction);
      inflight.add(task);
      void task.finally(() => inflight.delete(task));
      return task;
    },
    /** Interactions being answered right now. */
    get inflight(): number {
      return inflight.size;
    },
    /**
     * Stops taking new commands (they get a "restarting" note) and waits up to `timeoutMs` for
     * those in flight to finish.
     */
    drain: async (timeoutMs: number): Promise<void> => {
      draining = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inflight]),
        new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    },
  };
};

/** Tells the user, privately, that their request failed; gives up quietly if even that fails. */
const tellPolitely = async (interaction: Interaction, log: Logger): Promise<void> => {
  if (!interaction.isRepliable()) return;
  const payload = {
    content: text.failed(
      interaction.isCommand() ? interaction.commandName : 'that',
      interaction.id,
    ),
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  } as const;
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
    else await interaction.reply(payload);
  } catch (error) {
    log.warn({ err: error }, 'could not tell the user about the failure');
  }
};
