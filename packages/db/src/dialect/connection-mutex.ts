// PGlite has exactly one connection. Kysely hands a connection to a whole transaction, so the connection must
// be held exclusively from acquire to release; otherwise two transactions interleave BEGIN/COMMIT on the same
// session and one silently loses its writes (the kysely-pglite bug noted in STACK.md).
export class ConnectionMutex {
  #held = false;
  #waiters: Array<() => void> = [];

  async lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  /** Hands the connection straight to the next waiter (FIFO), so no one can barge in between. */
  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#held = false;
  }
}
