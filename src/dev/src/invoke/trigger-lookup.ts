/** An event trigger as a metadata directory defines it: the table it watches and its operations. */
export interface TriggerTarget {
  name: string;
  table: { schema: string; name: string };
  ops: Array<'INSERT' | 'UPDATE' | 'DELETE' | 'MANUAL'>;
  /** retry_conf.num_retries: the `delivery_info.max_retries` of its payloads. */
  maxRetries: number;
}

interface TableEntry {
  table?: { schema?: string; name?: string } | string;
  event_triggers?: Array<{ name?: string; definition?: Record<string, unknown>; enable_manual?: boolean; retry_conf?: { num_retries?: number } }>;
}

/** Every event trigger of the metadata (`sources[].tables[].event_triggers`). */
export function eventTriggers(metadata: Record<string, unknown>): TriggerTarget[] {
  const sources = (Array.isArray(metadata.sources) ? metadata.sources : []) as Array<{ tables?: TableEntry[] }>;
  return sources.flatMap((source) =>
    (source.tables ?? []).flatMap((entry) => {
      const table = typeof entry.table === 'string' ? { schema: 'public', name: entry.table } : { schema: entry.table?.schema ?? 'public', name: String(entry.table?.name) };
      return (entry.event_triggers ?? []).map((trigger): TriggerTarget => {
        const definition = trigger.definition ?? {};
        const ops = (['insert', 'update', 'delete'] as const).filter((op) => definition[op]).map((op) => op.toUpperCase() as 'INSERT' | 'UPDATE' | 'DELETE');
        return { name: String(trigger.name), table, ops: trigger.enable_manual ? [...ops, 'MANUAL'] : ops, maxRetries: trigger.retry_conf?.num_retries ?? 0 };
      });
    }),
  );
}

export function findTrigger(metadata: Record<string, unknown>, name: string): TriggerTarget {
  const triggers = eventTriggers(metadata);
  const found = triggers.find((t) => t.name === name);
  if (!found) throw new Error(`no event trigger named ${name} in the metadata (known: ${triggers.map((t) => t.name).join(', ')})`);
  return found;
}
