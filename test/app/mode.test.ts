import { describe, expect, it } from 'vitest';
import { chooseMode, parseStartArgs, UsageError } from '../../src/runtime/mode.js';

describe('what npm start does', () => {
  const none = { demo: false, serve: false };

  it('connects to Discord when a token is configured', () => {
    expect(chooseMode(none, true, true)).toBe('discord');
    expect(chooseMode(none, true, false)).toBe('discord');
  });

  it('opens the sandbox prompt without a token at a terminal', () => {
    expect(chooseMode(none, false, true)).toBe('prompt');
  });

  it('runs the demo, rather than waiting on a prompt nobody can answer, without a terminal', () => {
    expect(chooseMode(none, false, false)).toBe('demo');
  });

  it('obeys --demo and --sandbox-serve whatever the token and terminal', () => {
    expect(chooseMode({ demo: true, serve: false }, true, true)).toBe('demo');
    expect(chooseMode({ demo: false, serve: true }, true, false)).toBe('serve');
  });

  it('parses the flags and refuses unknown ones, positionals and both modes at once', () => {
    expect(parseStartArgs(['--demo'])).toEqual({ demo: true, serve: false, help: false });
    expect(parseStartArgs(['--sandbox-serve'])).toEqual({ demo: false, serve: true, help: false });
    expect(parseStartArgs(['-h'])).toMatchObject({ help: true });
    expect(() => parseStartArgs(['--dmeo'])).toThrow(UsageError);
    expect(() => parseStartArgs(['demo'])).toThrow(UsageError);
    expect(() => parseStartArgs(['--demo', '--sandbox-serve'])).toThrow(/exclude each other/);
  });
});
