// Command-line options of the bench scripts: `--name value` and bare `--flag`.

export function benchArgs(args: readonly string[] = process.argv.slice(2)) {
  return {
    flag: (name: string): boolean => args.includes(`--${name}`),
    option: (name: string): string | undefined => {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : undefined;
    },
  };
}
