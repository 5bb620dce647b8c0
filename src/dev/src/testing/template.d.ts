export declare const TEMPLATE_DATABASE = "app_template";
/** Creates `app_template` with schema.sql and seed.sql applied, for tests to clone. */
export declare function createTemplateDatabase(superuserUrl: string): Promise<void>;
