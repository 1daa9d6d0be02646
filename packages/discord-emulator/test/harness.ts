/**
 * Test harness: an emulator plus a real discord.js client logged into it.
 */
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { DiscordEmulator, type DiscordEmulatorOptions } from '../src/index.js';

export interface Harness {
  emulator: DiscordEmulator;
  client: Client;
  /** logs the client in and resolves on clientReady */
  login(): Promise<Client<true>>;
  /** destroys the client, then stops the emulator */
  close(): Promise<void>;
}

export async function createHarness(
  options: DiscordEmulatorOptions = {},
  setup?: (emulator: DiscordEmulator) => void,
  clientOptions: Partial<ClientOptions> = {},
): Promise<Harness> {
  const emulator = new DiscordEmulator(options);
  await emulator.start();
  setup?.(emulator);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: emulator.restUrl },
    // discord.js spaces IDENTIFYs 5 s apart per bucket; tests don't need that.
    ws: { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) },
    ...clientOptions,
  });
  let closed = false;
  return {
    emulator,
    client,
    async login() {
      const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
      await client.login(emulator.token);
      return ready;
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.destroy();
      await emulator.stop();
    },
  };
}

/** Resolves on the next emission of a client event. */
export function nextEvent<T extends unknown[]>(client: Client, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`Timed out waiting for client event ${event}`));
    }, timeoutMs);
    const listener = (...args: unknown[]) => {
      clearTimeout(timer);
      client.off(event, listener);
      resolve(args as T);
    };
    client.on(event, listener);
  });
}
