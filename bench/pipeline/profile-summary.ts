/**
 * Where a Node process's time went, from a V8 CPU profile (the `.cpuprofile` format of
 * `node --cpu-prof` and the inspector). Pure: the profile in, tables out.
 *
 * A sample weighs the time to the next one, which on a busy machine includes the time the
 * thread waited for a core: the shares are what the profile is good for. topLines scales
 * them to the CPU time /proc measured for the process.
 */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileTotals {
  /** Milliseconds of samples in the window, idle excluded. */
  busyMs: number;
  idleMs: number;
  /** Self time by function (name, file, line). */
  functions: Map<string, number>;
  /** Self time by area: a source folder of ours, a package, node's internals, GC. */
  areas: Map<string, number>;
  /** Inclusive time of our own top-level areas (a folder's code and everything it calls). */
  inclusiveAreas: Map<string, number>;
}

/** A short name for where a function lives: `engine/events`, `pg`, `node:internal`, `(garbage collector)`. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const ours = /\/src\/(engine|backend|dev|domain|hasura-jwt)\/src\/([^/]+)/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]!.replace(/\.ts$/, '')}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/src\/([^/]+)\/src\//, '$1/')
    .replace(/^.*node_modules\//, '');
}

export function summarizeProfile(profile: CpuProfile): ProfileTotals {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals: ProfileTotals = { busyMs: 0, idleMs: 0, functions: new Map(), areas: new Map(), inclusiveAreas: new Map() };
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's weight is the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      totals.idleMs += ms;
      continue;
    }
    totals.busyMs += ms;
    add(totals.functions, `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim(), ms);
    add(totals.areas, areaOf(url, functionName), ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const area = areaOf(frame.url, frame.functionName);
      if (/^(engine|backend)\//.test(area) && !seen.has(area)) {
        seen.add(area);
        add(totals.inclusiveAreas, area, ms);
      }
    }
  }
  return totals;
}

/** The largest entries as aligned lines: share of the busy samples, and that share of `cpuMsPerOrder`. */
export function topLines(map: Map<string, number>, busyMs: number, cpuMsPerOrder: number, count: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${((ms / busyMs) * cpuMsPerOrder).toFixed(2).padStart(8)} ms/order ${((100 * ms) / busyMs).toFixed(1).padStart(5)}%  ${name}`);
}
