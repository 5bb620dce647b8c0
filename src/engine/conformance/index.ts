export { runConformance, type ConformanceOptions, type ConformanceSummary, type SuiteResult, type CaseResult } from './run.js';
export { formatReport } from './report.js';
export { EXTRA_DIRECTORIES, ISSUE_3_DIRECTORIES, SECOND_SET_DIRECTORIES } from './suites.js';
export { ensureLocale } from '@3factor/dev/system/locale.js';
export { CONFORMANCE_ADMIN_SECRET, CONFORMANCE_JWT_KEY, conformanceDataExists, conformanceDataRoot } from './defaults.js';
export { startConformanceEngine } from './local-engine.js';
