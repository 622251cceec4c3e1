import { constants, copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import Conf, { type Options } from 'conf';
import type { JsonFile, JsonFileContent } from './json-file';
import { cleanUpInterruptedWrites } from './interrupted-writes';
import { ensurePrivateDirectory, makeFilePrivate, ownerOnlyFileMode } from './private-files';

type StoreRecord = Record<string, unknown>;
/** The options this module sets; electron-store takes the same ones (it is conf underneath). */
export type JsonFileStoreOptions = Pick<Options<StoreRecord>, 'cwd' | 'clearInvalidConfig' | 'serialize' | 'deserialize' | 'accessPropertiesByDotNotation' | 'watch' | 'configFileMode'>;
/** Builds the conf (or electron-store) instance for the file; called again after a reset. */
export type ConfFactory = (options: JsonFileStoreOptions) => Conf<StoreRecord>;

/**
 * A JsonFile written by conf, which writes a temporary file and renames it over the old one.
 * Two gaps in that are closed here:
 * - conf reads a root that is not an object (`[]`, `null`) as an empty store, which would
 *   silently drop a hand-edited file, so reading goes through our own `deserialize`;
 * - its writer (atomically 2.x) makes a single write() call and ignores a short count, so on
 *   a full disk it renames a truncated file over a good one and reports success
 *   (fabiospampinato/atomically#18). So the old file is copied first, the new one is read
 *   back, and a file that does not hold what was written is replaced by the copy again.
 */
export class ConfJsonFile implements JsonFile {
  private conf: Conf<StoreRecord> | undefined;
  private lastParsed: unknown;
  private lastSerialized: string | undefined;
  private prepared = false;

  constructor(
    private readonly directory: string,
    private readonly create: ConfFactory,
    readonly path: string,
    /** When this process started (epoch ms): leftovers of interrupted writes older than that are cleaned up. */
    private readonly startedAt: number = processStartedAt(),
  ) {}

  read(): JsonFileContent {
    this.prepare();
    this.lastParsed = undefined;
    try {
      this.conf = this.create(this.options(false));
    } catch (error) {
      if (error instanceof SyntaxError) return { kind: 'unreadable', reason: 'not valid JSON' };
      return { kind: 'unreadable', reason: error instanceof Error ? error.message.slice(0, 300) : String(error) };
    }
    return this.lastParsed === undefined ? { kind: 'absent' } : { kind: 'parsed', value: this.lastParsed };
  }

  write(value: StoreRecord): void {
    // After an unreadable read there is no instance: the caller has backed the file up, so
    // conf may clear it on the way in.
    this.prepare();
    this.conf ??= this.create(this.options(true));
    const previous = `${this.path}.previous`;
    const hadFile = existsSync(this.path);
    if (hadFile) {
      // Fails on a full disk before the real file is touched, which is what we want.
      copyFileSync(this.path, previous);
      makeFilePrivate(previous);
      if (statSync(previous).size !== statSync(this.path).size) throw new Error('the previous file could not be copied completely; is the disk full?');
    }
    this.lastSerialized = undefined;
    try {
      this.conf.store = value;
    } catch (error) {
      rmSync(previous, { force: true });
      throw error;
    }
    if (this.lastSerialized === undefined || !this.fileHolds(this.lastSerialized)) {
      if (hadFile) renameSync(previous, this.path);
      else rmSync(this.path, { force: true });
      throw new Error('the file could not be written completely; is the disk full?');
    }
    rmSync(previous, { force: true });
  }

  backup(suffix: string, scrub?: (text: string) => string): string {
    const extension = extname(this.path);
    const stem = join(dirname(this.path), basename(this.path, extension));
    let scrubbed: string | undefined;
    if (scrub) {
      const text = readFileSync(this.path, 'utf8');
      const result = scrub(text);
      // Nothing taken out: the bytes are copied, which a round trip through text could change.
      if (result !== text) scrubbed = result;
    }
    for (let attempt = 0; ; attempt += 1) {
      const target = `${stem}.${suffix}${attempt ? `-${attempt}` : ''}${extension}`;
      try {
        if (scrubbed === undefined) copyFileSync(this.path, target, constants.COPYFILE_EXCL);
        else writeFileSync(target, scrubbed, { flag: 'wx', mode: ownerOnlyFileMode });
        makeFilePrivate(target);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error;
      }
    }
  }

  /**
   * Once, before the first read or write: the folder and a file an older version left readable
   * become owner-only, and what a killed write left beside the file is cleaned up.
   */
  private prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    ensurePrivateDirectory(this.directory);
    cleanUpInterruptedWrites(this.path, this.startedAt);
    makeFilePrivate(this.path);
  }

  private fileHolds(text: string): boolean {
    try {
      return readFileSync(this.path, 'utf8') === text;
    } catch {
      return false;
    }
  }

  private options(clearInvalidConfig: boolean): JsonFileStoreOptions {
    return {
      cwd: this.directory,
      clearInvalidConfig,
      accessPropertiesByDotNotation: false,
      watch: false,
      configFileMode: ownerOnlyFileMode,
      serialize: (value) => (this.lastSerialized = JSON.stringify(value, undefined, '\t')),
      deserialize: (text) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          // JSON.parse quotes the file around the failure; the file is the user's, keep it out of logs.
          throw new SyntaxError('not valid JSON');
        }
        this.lastParsed = parsed;
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as StoreRecord) : {};
      },
    };
  }
}

/** `<directory>/<name>.json`, through plain conf: the Node host and tests. */
export function createConfJsonFile(directory: string, name: string, startedAt?: number): JsonFile {
  return new ConfJsonFile(directory, (options) => new Conf<StoreRecord>({ ...options, configName: name }), join(directory, `${name}.json`), startedAt);
}

/** performance.timeOrigin is when this process started, as epoch milliseconds. */
function processStartedAt(): number {
  return Math.floor(performance.timeOrigin);
}
