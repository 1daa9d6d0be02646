// Files the bot sends in the sandbox (the picture of /contacts) cannot be shown in a terminal: each is
// written to a folder of its own under the system's temporary folder, made on the first file, and its
// path printed so it can be opened. The folder is left for the user after the sandbox stops.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { StoredMessage } from '@attache/discord-emulator';

export interface SavedFiles {
  /** Writes the message's files not written yet; the paths written, in order. */
  save(message: StoredMessage): string[];
}

/** `dir`: where to write (tests); by default a new `attache-sandbox-*` folder in the temporary folder. */
export function savedFiles(dir?: string): SavedFiles {
  let folder = dir;
  const done = new Set<string>();
  return {
    save(message) {
      const paths: string[] = [];
      for (const attachment of message.attachments) {
        const id = String(attachment.id);
        const file = message.files.get(id);
        if (!file || done.has(id)) continue;
        done.add(id);
        folder ??= mkdtempSync(join(tmpdir(), 'attache-sandbox-'));
        const path = freePath(folder, safeName(String(attachment.filename ?? file.filename)));
        writeFileSync(path, file.bytes);
        paths.push(path);
      }
      return paths;
    },
  };
}

/** The name without folders or characters a file system may refuse. */
function safeName(name: string): string {
  return (
    basename(name)
      .replace(/[^\w.-]+/g, '-')
      .replace(/^\.+/, '') || 'file'
  );
}

/** `name`, or `name-2`, `name-3`… when the folder has it already (the same picture asked twice). */
function freePath(folder: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let path = join(folder, name);
  for (let n = 2; existsSync(path); n++) path = join(folder, `${stem}-${n}${ext}`);
  return path;
}
