/**
 * Discord's own limits on what a bot may send, checked the way the API checks them: a payload
 * over a limit is rejected whole with `50035 Invalid Form Body` and a nested `errors` object that
 * names each offending field. Sources: discord-api-docs `resources/message.mdx` (content, embed
 * and attachment limits), `components/reference.mdx` (rows, buttons, selects, text inputs) and
 * `interactions/receiving-and-responding.mdx` (autocomplete choices, modals).
 */

export const discordLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowButtons: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  optionText: 100,
  placeholder: 150,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  modalRows: 5,
  textInputValue: 4000,
  fileBytes: 10 * 1024 * 1024,
  filesPerMessage: 10,
} as const;

/** One rejected field: where it is in the body, Discord's error code and message. */
export interface FieldError {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

const maxLength = (
  errors: FieldError[],
  path: readonly (string | number)[],
  value: unknown,
  max: number,
  min = 0,
): void => {
  if (value === undefined || value === null) {
    if (min > 0)
      errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  const length = text(value).length;
  if (length > max) {
    errors.push({
      path,
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${String(max)} or fewer in length.`,
    });
  } else if (length < min) {
    errors.push({
      path,
      code: 'BASE_TYPE_MIN_LENGTH',
      message: `Must be ${String(min)} or more in length.`,
    });
  }
};

const maxItems = (
  errors: FieldError[],
  path: readonly (string | number)[],
  value: unknown,
  max: number,
  min = 0,
): void => {
  const length = list(value).length;
  if (length > max) {
    errors.push({
      path,
      code: 'BASE_TYPE_BAD_LENGTH',
      message: `Must be between ${String(min)} and ${String(max)} in length.`,
    });
  } else if (length < min) {
    errors.push({
      path,
      code: 'BASE_TYPE_BAD_LENGTH',
      message: `Must be between ${String(min)} and ${String(max)} in length.`,
    });
  }
};

/** The characters an embed counts towards the 6000 shared by all embeds of a message. */
export const embedLength = (embed: unknown): number => {
  if (!isObject(embed)) return 0;
  const footer = isObject(embed['footer']) ? text(embed['footer']['text']) : '';
  const author = isObject(embed['author']) ? text(embed['author']['name']) : '';
  const fields = list(embed['fields']).reduce<number>(
    (sum, field) =>
      sum + (isObject(field) ? text(field['name']).length + text(field['value']).length : 0),
    0,
  );
  return (
    text(embed['title']).length +
    text(embed['description']).length +
    footer.length +
    author.length +
    fields
  );
};

const checkEmbeds = (errors: FieldError[], embeds: unknown): void => {
  if (embeds === undefined || embeds === null) return;
  maxItems(errors, ['embeds'], embeds, discordLimits.embeds);
  let total = 0;
  list(embeds).forEach((embed, i) => {
    if (!isObject(embed)) return;
    const at = ['embeds', i];
    maxLength(errors, [...at, 'title'], embed['title'], discordLimits.embedTitle);
    maxLength(errors, [...at, 'description'], embed['description'], discordLimits.embedDescription);
    if (isObject(embed['footer'])) {
      maxLength(
        errors,
        [...at, 'footer', 'text'],
        embed['footer']['text'],
        discordLimits.footerText,
      );
    }
    if (isObject(embed['author'])) {
      maxLength(
        errors,
        [...at, 'author', 'name'],
        embed['author']['name'],
        discordLimits.authorName,
      );
    }
    maxItems(errors, [...at, 'fields'], embed['fields'], discordLimits.embedFields);
    list(embed['fields']).forEach((field, j) => {
      if (!isObject(field)) return;
      maxLength(errors, [...at, 'fields', j, 'name'], field['name'], discordLimits.fieldName, 1);
      maxLength(errors, [...at, 'fields', j, 'value'], field['value'], discordLimits.fieldValue, 1);
    });
    total += embedLength(embed);
  });
  if (total > discordLimits.embedTotal) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${String(discordLimits.embedTotal)}`,
    });
  }
};

const checkCustomId = (
  errors: FieldError[],
  path: readonly (string | number)[],
  customId: unknown,
  seen: Set<string>,
): void => {
  maxLength(errors, path, customId, discordLimits.customId, 1);
  const id = text(customId);
  if (id !== '' && seen.has(id)) {
    errors.push({
      path,
      code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
      message: 'Component custom id cannot be duplicated',
    });
  }
  seen.add(id);
};

const checkComponents = (errors: FieldError[], rows: unknown): void => {
  if (rows === undefined || rows === null) return;
  maxItems(errors, ['components'], rows, discordLimits.actionRows);
  const seen = new Set<string>();
  list(rows).forEach((row, i) => {
    if (!isObject(row)) return;
    const at = ['components', i, 'components'];
    const children = list(row['components']);
    const selects = children.filter((c) => isObject(c) && c['type'] !== 2);
    if (selects.length > 0 && children.length > 1) {
      errors.push({
        path: at,
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'The specified component exceeds the maximum width',
      });
    }
    maxItems(errors, at, children, discordLimits.rowButtons, 1);
    children.forEach((child, j) => {
      if (!isObject(child)) return;
      if (child['type'] === 2) {
        maxLength(errors, [...at, j, 'label'], child['label'], discordLimits.buttonLabel);
        // Link buttons (style 5) carry a url instead of a custom id.
        if (child['style'] !== 5)
          checkCustomId(errors, [...at, j, 'custom_id'], child['custom_id'], seen);
        return;
      }
      checkCustomId(errors, [...at, j, 'custom_id'], child['custom_id'], seen);
      maxLength(errors, [...at, j, 'placeholder'], child['placeholder'], discordLimits.placeholder);
      if (child['type'] === 3) {
        maxItems(errors, [...at, j, 'options'], child['options'], discordLimits.selectOptions, 1);
        list(child['options']).forEach((option, k) => {
          if (!isObject(option)) return;
          const o = [...at, j, 'options', k];
          maxLength(errors, [...o, 'label'], option['label'], discordLimits.optionText, 1);
          maxLength(errors, [...o, 'value'], option['value'], discordLimits.optionText, 1);
          maxLength(errors, [...o, 'description'], option['description'], discordLimits.optionText);
        });
        const count = list(child['options']).length;
        const maxValues = typeof child['max_values'] === 'number' ? child['max_values'] : 1;
        if (maxValues > count) {
          errors.push({
            path: [...at, j, 'max_values'],
            code: 'BASE_TYPE_MAX',
            message: `int value should be less than or equal to ${String(count)}.`,
          });
        }
      }
    });
  });
};

/**
 * Checks a message body (reply, edit, follow-up or channel message). `fileCount` counts the
 * multipart files sent with it, which make an otherwise empty message valid.
 */
export const messageErrors = (
  body: unknown,
  fileCount: number,
  { partial }: { readonly partial: boolean },
): { readonly errors: readonly FieldError[]; readonly empty: boolean } => {
  const errors: FieldError[] = [];
  if (!isObject(body)) {
    return {
      errors: [
        {
          path: [],
          code: 'DICT_TYPE_CONVERT',
          message: 'Only dictionaries may be used in a DictType',
        },
      ],
      empty: false,
    };
  }
  maxLength(errors, ['content'], body['content'], discordLimits.content);
  checkEmbeds(errors, body['embeds']);
  checkComponents(errors, body['components']);
  if (fileCount > discordLimits.filesPerMessage) {
    errors.push({ path: ['files'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Too many files.' });
  }
  const empty =
    !partial &&
    text(body['content']) === '' &&
    list(body['embeds']).length === 0 &&
    list(body['components']).length === 0 &&
    list(body['attachments']).length === 0 &&
    fileCount === 0 &&
    body['poll'] === undefined;
  return { errors, empty };
};

/** Checks an autocomplete answer: at most 25 choices, each name and value within 100. */
export const choiceErrors = (data: unknown): readonly FieldError[] => {
  const errors: FieldError[] = [];
  const choices = isObject(data) ? data['choices'] : undefined;
  maxItems(errors, ['data', 'choices'], choices, discordLimits.choices);
  list(choices).forEach((choice, i) => {
    if (!isObject(choice)) return;
    maxLength(errors, ['data', 'choices', i, 'name'], choice['name'], discordLimits.choiceName, 1);
    if (typeof choice['value'] === 'string') {
      maxLength(
        errors,
        ['data', 'choices', i, 'value'],
        choice['value'],
        discordLimits.choiceValue,
      );
    }
  });
  return errors;
};

/** Checks a modal: a title within 45, a custom id, and one to five rows. */
export const modalErrors = (data: unknown): readonly FieldError[] => {
  const errors: FieldError[] = [];
  if (!isObject(data))
    return [{ path: ['data'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  maxLength(errors, ['data', 'title'], data['title'], discordLimits.modalTitle, 1);
  maxLength(errors, ['data', 'custom_id'], data['custom_id'], discordLimits.customId, 1);
  maxItems(errors, ['data', 'components'], data['components'], discordLimits.modalRows, 1);
  return errors;
};

/**
 * Discord's nested error object: `{ embeds: { 0: { title: { _errors: [...] } } } }`, which
 * discord.js flattens into a readable `DiscordAPIError` message.
 */
export const nestErrors = (errors: readonly FieldError[]): Json => {
  const root: Json = {};
  for (const { path, code, message } of errors) {
    let node = root;
    for (const key of path) {
      const name = String(key);
      const next = node[name];
      if (isObject(next)) {
        node = next;
      } else {
        const created: Json = {};
        node[name] = created;
        node = created;
      }
    }
    const existing = node['_errors'];
    node['_errors'] = [...list(existing), { code, message }];
  }
  return root;
};
