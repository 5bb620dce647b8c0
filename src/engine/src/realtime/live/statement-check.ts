import type pg from 'pg';

/**
 * A multiplexed statement is run once with no cohorts before the first subscriber of its
 * shape is accepted: a statement the database cannot run (it is unreachable, a table went
 * away) is then refused at subscribe, where the client gets an error message for its
 * operation, instead of showing up as an error in every poll. Asked once per statement;
 * a failure does not stick, and a metadata change clears what was checked.
 */
export class StatementCheck {
  private readonly checked = new Map<string, Promise<void>>();

  constructor(private readonly pool: Pick<pg.Pool, 'query'>) {}

  run(text: string): Promise<void> {
    let check = this.checked.get(text);
    if (!check) {
      check = this.pool.query(text, ['{}', '{}']).then(() => undefined);
      this.checked.set(text, check);
      check.catch(() => this.checked.delete(text));
    }
    return check;
  }

  clear(): void {
    this.checked.clear();
  }
}
