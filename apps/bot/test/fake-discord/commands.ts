import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { FieldError } from './limits.js';

type Json = Record<string, unknown>;
const subcommand: number = ApplicationCommandOptionType.Subcommand;
const subcommandGroup: number = ApplicationCommandOptionType.SubcommandGroup;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

// Discord's rule for chat-input names: 1-32 lowercase letters, digits, '-' or '_'.
const namePattern = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

const checkName = (
  errors: FieldError[],
  path: readonly (string | number)[],
  value: unknown,
): void => {
  if (!namePattern.test(text(value))) {
    errors.push({
      path: [...path, 'name'],
      code: 'APPLICATION_COMMAND_INVALID_NAME',
      message: 'Command name is invalid',
    });
  }
};

const checkDescription = (
  errors: FieldError[],
  path: readonly (string | number)[],
  value: unknown,
): void => {
  const length = text(value).length;
  if (length < 1 || length > 100) {
    errors.push({
      path: [...path, 'description'],
      code: 'BASE_TYPE_BAD_LENGTH',
      message: 'Must be between 1 and 100 in length.',
    });
  }
};

const checkOptions = (
  errors: FieldError[],
  path: readonly (string | number)[],
  options: unknown,
  depth: number,
): number => {
  const list = asList(options);
  let characters = 0;
  if (list.length > 25) {
    errors.push({
      path: [...path, 'options'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 25 or fewer in length.',
    });
  }
  const names = new Set<string>();
  let optionalSeen = false;
  list.forEach((option, i) => {
    if (!isObject(option)) return;
    const at = [...path, 'options', i];
    checkName(errors, at, option['name']);
    checkDescription(errors, at, option['description']);
    characters += text(option['name']).length + text(option['description']).length;
    const name = text(option['name']);
    if (names.has(name)) {
      errors.push({
        path: at,
        code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
        message: 'Option name already exists',
      });
    }
    names.add(name);
    const type = Number(option['type']);
    const isGroup = type === subcommandGroup;
    const nests = isGroup || type === subcommand;
    if (nests) {
      if (depth >= 2 || (depth === 1 && isGroup)) {
        errors.push({
          path: at,
          code: 'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
          message: 'Subcommands cannot be nested this deep',
        });
      }
      characters += checkOptions(errors, at, option['options'], depth + 1);
      return;
    }
    if (option['required'] === true && optionalSeen) {
      errors.push({
        path: at,
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (option['required'] !== true) optionalSeen = true;
    const choices = asList(option['choices']);
    if (choices.length > 25) {
      errors.push({
        path: [...at, 'choices'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    }
    if (choices.length > 0 && option['autocomplete'] === true) {
      errors.push({
        path: [...at, 'autocomplete'],
        code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES',
        message: 'Autocomplete cannot be used with choices',
      });
    }
    for (const choice of choices) {
      if (!isObject(choice)) continue;
      characters += text(choice['name']).length + String(choice['value']).length;
    }
  });
  return characters;
};

/**
 * Checks a bulk-overwrite body the way Discord does: names, descriptions, at most 25 options and
 * choices, required options first, no autocomplete with choices, 8000 characters per command.
 */
export const validateCommands = (body: unknown): readonly FieldError[] => {
  if (!Array.isArray(body))
    return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  const errors: FieldError[] = [];
  const names = new Set<string>();
  body.forEach((command: unknown, i) => {
    if (!isObject(command)) return;
    checkName(errors, [i], command['name']);
    checkDescription(errors, [i], command['description']);
    const name = text(command['name']);
    if (names.has(name)) {
      errors.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    }
    names.add(name);
    const characters =
      name.length +
      text(command['description']).length +
      checkOptions(errors, [i], command['options'], 0);
    if (characters > 8000) {
      errors.push({
        path: [i],
        code: 'APPLICATION_COMMAND_TOO_LARGE',
        message: 'Command exceeds maximum size (8000)',
      });
    }
  });
  return errors;
};
