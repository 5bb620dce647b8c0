import { findInconsistencies, inconsistencyReport, type InconsistentObject } from '../consistency.js';
import type { HasuraMetadata } from '../types.js';
import type { ServerMetadataContext } from './context.js';

/**
 * The inconsistent objects of every source, each checked against its own database: a source the
 * engine cannot read is one object (`source pg1`, Hasura's type "source"), and its tables are not
 * looked at; the others are checked object by object (consistency.ts).
 */
export interface SourceInconsistency {
  definition: string;
  name: string;
  reason: string;
  type: 'source';
}

export interface SourcesReport {
  /** Each reachable source's inconsistent objects. */
  perSource: { source: string; objects: InconsistentObject[] }[];
  unreachable: SourceInconsistency[];
}

export async function inconsistenciesOfAllSources(metadata: HasuraMetadata, ctx: ServerMetadataContext): Promise<SourcesReport> {
  const report: SourcesReport = { perSource: [], unreachable: [] };
  for (const source of metadata.sources) {
    try {
      report.perSource.push({ source: source.name, objects: findInconsistencies(metadata, await ctx.databaseModel(source.name, metadata), source.name) });
    } catch (error) {
      report.unreachable.push({ definition: source.name, name: `source ${source.name}`, reason: `Inconsistent object: ${(error as Error).message}`, type: 'source' });
    }
  }
  return report;
}

/** Hasura's `{is_consistent, inconsistent_objects}` over every source. */
export function sourcesInconsistencyReport(report: SourcesReport): { is_consistent: boolean; inconsistent_objects: unknown[] } {
  const objects = [...report.unreachable, ...inconsistencyReport(report.perSource.flatMap((s) => s.objects)).inconsistent_objects];
  return { is_consistent: objects.length === 0, inconsistent_objects: objects };
}
