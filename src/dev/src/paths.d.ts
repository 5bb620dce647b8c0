/** The repository's top folder. */
export declare const repoRoot: string;
export declare const schemaFile: string;
export declare const seedFile: string;
export declare const metadataDir: string;
