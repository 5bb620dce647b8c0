export interface TestDatabase {
    name: string;
    /** Direct superuser connection string. */
    url: string;
    /** The same database through the run's pgBouncer (transaction mode). */
    pgbouncerUrl: string;
    drop(): Promise<void>;
}
/**
 * A fresh database for one test file. `app` (default) clones the template that has
 * schema.sql and seed.sql applied; `empty` is a blank database.
 */
export declare function createTestDatabase(kind?: 'app' | 'empty'): Promise<TestDatabase>;
