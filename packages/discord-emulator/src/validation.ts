/**
 * Discord's payload limits, answered with its 400 / 50035 "Invalid Form Body" error shape:
 * `{ errors: { embeds: { 0: { title: { _errors: [{ code, message }] } } } } }`.
 * Lengths are counted in Unicode code points.
 */
import { isObject } from './world/types.js';

export type Path = (string | number)[];

interface FieldError {
  code: string;
  message: string;
}

export class FormErrors {
  private readonly entries: { path: Path; error: FieldError }[] = [];

  add(path: Path, code: string, message: string): void {
    this.entries.push({ path, error: { code, message } });
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  toJson(): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    for (const { path, error } of this.entries) {
      let node = root;
      for (const key of path) {
        const k = String(key);
        node[k] ??= {};
        node = node[k] as Record<string, unknown>;
      }
      ((node._errors ??= []) as FieldError[]).push(error);
    }
    return root;
  }
}

export const Limits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowButtons: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  allowedMentionIds: 100,
} as const;

export const MessageFlags = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
} as const;

export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function maxLength(errors: FormErrors, path: Path, value: unknown, max: number): number {
  if (typeof value !== 'string') return 0;
  const len = textLength(value);
  if (len > max) errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  return len;
}

function betweenLength(errors: FormErrors, path: Path, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) {
    if (min > 0) errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  const len = textLength(String(value));
  if (len < min || len > max) errors.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
}

function maxItems(errors: FormErrors, path: Path, value: unknown, max: number): void {
  if (Array.isArray(value) && value.length > max) {
    errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
}

/** Validates a message body (channel message, interaction reply / edit / follow-up) into `errors`. */
export function validateMessagePayload(body: Record<string, unknown>, errors: FormErrors, prefix: Path = []): void {
  const content = body.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    errors.add([...prefix, 'content'], 'BASE_TYPE_STRING', 'Must be a string.');
  }
  maxLength(errors, [...prefix, 'content'], content, Limits.content);

  if (body.embeds !== undefined && body.embeds !== null) {
    validateEmbeds(body.embeds, errors, [...prefix, 'embeds']);
  }
  if (body.components !== undefined && body.components !== null) {
    validateComponents(body.components, errors, [...prefix, 'components']);
  }
  if (body.allowed_mentions !== undefined && body.allowed_mentions !== null) {
    validateAllowedMentions(body.allowed_mentions, errors, [...prefix, 'allowed_mentions']);
  }
}

function validateEmbeds(embeds: unknown, errors: FormErrors, path: Path): void {
  if (!Array.isArray(embeds)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  maxItems(errors, path, embeds, Limits.embeds);
  let total = 0;
  embeds.forEach((embed, i) => {
    const at: Path = [...path, i];
    if (!isObject(embed)) {
      errors.add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    total += maxLength(errors, [...at, 'title'], embed.title, Limits.embedTitle);
    total += maxLength(errors, [...at, 'description'], embed.description, Limits.embedDescription);
    if (isObject(embed.footer)) total += maxLength(errors, [...at, 'footer', 'text'], embed.footer.text, Limits.embedFooter);
    if (isObject(embed.author)) total += maxLength(errors, [...at, 'author', 'name'], embed.author.name, Limits.embedAuthorName);
    if (embed.fields !== undefined && embed.fields !== null) {
      if (!Array.isArray(embed.fields)) {
        errors.add([...at, 'fields'], 'BASE_TYPE_ARRAY', 'Must be an array.');
      } else {
        maxItems(errors, [...at, 'fields'], embed.fields, Limits.embedFields);
        embed.fields.forEach((field: unknown, j: number) => {
          const fat: Path = [...at, 'fields', j];
          if (!isObject(field)) {
            errors.add(fat, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
            return;
          }
          for (const key of ['name', 'value'] as const) {
            if (field[key] === undefined || field[key] === null || field[key] === '') {
              errors.add([...fat, key], 'BASE_TYPE_REQUIRED', 'This field is required');
            }
          }
          total += maxLength(errors, [...fat, 'name'], field.name, Limits.embedFieldName);
          total += maxLength(errors, [...fat, 'value'], field.value, Limits.embedFieldValue);
        });
      }
    }
  });
  if (total > Limits.embedTotal) {
    errors.add(path, 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${Limits.embedTotal}`);
  }
}

const ButtonStyle = { Link: 5, Premium: 6 } as const;

/** Action rows of buttons, the only components emulated (no select menus, no Components V2). */
function validateComponents(components: unknown, errors: FormErrors, path: Path): void {
  if (!Array.isArray(components)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  const customIds = new Set<string>();
  maxItems(errors, path, components, Limits.actionRows);
  components.forEach((row, i) => {
    const at: Path = [...path, i];
    if (!isObject(row) || row.type !== 1) {
      errors.add([...at, 'type'], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    const children = row.components;
    if (!Array.isArray(children) || children.length < 1 || children.length > Limits.rowButtons) {
      errors.add([...at, 'components'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${Limits.rowButtons} in length.`);
    }
    if (!Array.isArray(children)) return;
    children.forEach((child, j) => validateButton(child, errors, [...at, 'components', j], customIds));
  });
}

function validateButton(c: unknown, errors: FormErrors, at: Path, customIds: Set<string>): void {
  if (!isObject(c)) return;
  if (c.type !== 2) {
    errors.add([...at, 'type'], 'UNION_TYPE_CHOICES', 'Only buttons (type 2) are emulated in action rows.');
    return;
  }
  maxLength(errors, [...at, 'label'], c.label, Limits.buttonLabel);
  if (c.style === ButtonStyle.Link) {
    if (typeof c.url !== 'string') errors.add([...at, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
    if (c.custom_id !== undefined)
      errors.add([...at, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'A custom id cannot be specified for a link button');
  } else if (c.style !== ButtonStyle.Premium) {
    betweenLength(errors, [...at, 'custom_id'], c.custom_id, 1, Limits.customId);
    if (typeof c.custom_id === 'string') {
      if (customIds.has(c.custom_id)) {
        errors.add([...at, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
      }
      customIds.add(c.custom_id);
    }
  }
}

function validateAllowedMentions(value: unknown, errors: FormErrors, path: Path): void {
  if (!isObject(value)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const parse = Array.isArray(value.parse) ? value.parse : [];
  parse.forEach((p: unknown, i: number) => {
    if (p !== 'users' && p !== 'roles' && p !== 'everyone') {
      errors.add([...path, 'parse', i], 'BASE_TYPE_CHOICES', "Value must be one of {'everyone', 'roles', 'users'}.");
    }
  });
  for (const key of ['users', 'roles'] as const) {
    const list = value[key];
    maxItems(errors, [...path, key], list, Limits.allowedMentionIds);
    if (Array.isArray(list) && list.length > 0 && parse.includes(key)) {
      errors.add(
        [...path, 'parse'],
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${key}"] and ${key}: [ids...] are mutually exclusive.`,
      );
    }
  }
}

/** Autocomplete (callback type 8) choices. */
export function validateChoices(data: Record<string, unknown>, errors: FormErrors, prefix: Path): void {
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    errors.add([...prefix, 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  maxItems(errors, [...prefix, 'choices'], choices, Limits.autocompleteChoices);
  choices.forEach((choice: unknown, i: number) => {
    const at: Path = [...prefix, 'choices', i];
    if (!isObject(choice)) {
      errors.add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    betweenLength(errors, [...at, 'name'], choice.name, 1, Limits.choiceName);
    if (typeof choice.value === 'string') betweenLength(errors, [...at, 'value'], choice.value, 1, Limits.choiceValue);
    else if (typeof choice.value !== 'number') errors.add([...at, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
  });
}

const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Validates an application command definition the way Discord does (names, descriptions, counts). */
export function validateCommand(input: unknown, errors: FormErrors, path: Path): void {
  if (!isObject(input)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const type = (input.type as number | undefined) ?? 1;
  const name = input.name;
  if (typeof name !== 'string' || (type === 1 ? !NAME_RE.test(name) || name !== name.toLowerCase() : name.length < 1 || name.length > 32)) {
    errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (type === 1) {
    const d = input.description;
    if (typeof d !== 'string' || d.length < 1 || d.length > 100)
      errors.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  validateEnumList(input.integration_types, [0, 1], errors, [...path, 'integration_types']);
  validateEnumList(input.contexts, [0, 1, 2], errors, [...path, 'contexts']);
  validateOptions(input.options, errors, [...path, 'options'], 0);
}

/** `integration_types` (0 guild, 1 user install) and `contexts` (0 server, 1 bot DM, 2 private channel): null or a list of them. */
function validateEnumList(value: unknown, allowed: readonly number[], errors: FormErrors, path: Path): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  value.forEach((v: unknown, i: number) => {
    if (typeof v !== 'number' || !allowed.includes(v))
      errors.add([...path, i], 'BASE_TYPE_CHOICES', `Value must be one of {${allowed.join(', ')}}.`);
  });
}

function validateOptions(options: unknown, errors: FormErrors, path: Path, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((o: unknown, i: number) => {
    const at: Path = [...path, i];
    if (!isObject(o)) return;
    if (typeof o.name !== 'string' || !NAME_RE.test(o.name) || o.name !== o.name.toLowerCase()) {
      errors.add([...at, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    } else if (names.has(o.name)) {
      errors.add([...at, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Command option names must be unique');
    } else names.add(o.name);
    if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100) {
      errors.add([...at, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (o.type === 1 || o.type === 2) {
      if (depth >= 2 || (o.type === 2 && depth >= 1))
        errors.add([...at, 'type'], 'APPLICATION_COMMAND_OPTION_INVALID_NESTING', 'Invalid subcommand nesting');
      validateOptions(o.options, errors, [...at, 'options'], depth + 1);
      return;
    }
    if (o.required === true && sawOptional) {
      errors.add(
        [...at, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (o.required !== true) sawOptional = true;
    if (Array.isArray(o.choices)) {
      if (o.choices.length > 25) errors.add([...at, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      if (o.autocomplete === true && o.choices.length > 0) {
        errors.add(
          [...at, 'autocomplete'],
          'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES',
          'Autocomplete cannot be enabled on options with choices',
        );
      }
    }
  });
}
