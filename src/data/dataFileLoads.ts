import type { DataFile } from '../model/dataFile';
import { loadDataFile } from './loadDataFile';
import { resolveDataSource } from './resolveDataSource';

/** Where the page is, for picking the data file; the browser's location by default. */
export interface PageLocation {
  search: string;
  href: string;
}

/** The name messages use for the data file the page asks for ("seed.events.json"), even when the name is refused. */
export function describeDataFile(page: PageLocation, baseUrl: string = import.meta.env.BASE_URL): string {
  try {
    return resolveDataSource(page.search, baseUrl, page.href).name;
  } catch {
    return 'the data file';
  }
}

/** What the page shows of one data file's load. */
export interface DataFileLoadState {
  file: DataFile | null;
  /** Why the last attempt failed; kept while a Retry runs, so the alert stays until there is news. */
  error: string | null;
  fetching: boolean;
  /** Counts attempts: each is a new wait for the slow-load notice. */
  attempt: number;
}

/**
 * One data file's load, framework-free (a few lines instead of a query library on the first page). It never retries
 * on its own: failures here are about the file, not the network's mood; Retry asks again.
 */
export class DataFileLoad {
  private state: DataFileLoadState = { file: null, error: null, fetching: false, attempt: 0 };
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;

  constructor(private readonly page: PageLocation, private readonly baseUrl: string) {
    void this.start();
  }

  readonly getState = (): DataFileLoadState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Drops a request that never answered (joining it would wait on) and asks the server again. */
  retry(): Promise<void> {
    this.controller?.abort();
    return this.start();
  }

  private async start(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    this.update({ ...this.state, fetching: true, attempt: this.state.attempt + 1 });
    try {
      // A bad `?data=` value fails here, so it reaches the same alert as any other failure.
      const file = await loadDataFile(resolveDataSource(this.page.search, this.baseUrl, this.page.href), controller.signal);
      if (this.controller === controller) this.update({ ...this.state, file, error: null, fetching: false });
    } catch (error) {
      if (this.controller === controller) this.update({ ...this.state, error: error instanceof Error ? error.message : String(error), fetching: false });
    }
  }

  private update(next: DataFileLoadState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

/** The page's data file loads, one per file asked for, kept for the page's life (going back shows it at once). */
export class DataFileLoads {
  private readonly loads = new Map<string, DataFileLoad>();

  /** The load of the file `page` asks for, started on first ask. */
  get(page: PageLocation, baseUrl: string = import.meta.env.BASE_URL): DataFileLoad {
    const key = `${baseUrl}\n${page.search}`;
    let load = this.loads.get(key);
    if (!load) {
      load = new DataFileLoad(page, baseUrl);
      this.loads.set(key, load);
    }
    return load;
  }
}
