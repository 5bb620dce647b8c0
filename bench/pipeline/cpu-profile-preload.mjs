/**
 * Loaded into each Node process of the stack with `--import` (NODE_OPTIONS) when profiling:
 * `node --cpu-prof` cannot be given through NODE_OPTIONS, and a profile of the whole life
 * of the process would be mostly start-up. SIGUSR2 starts V8's sampling profiler; the next
 * SIGUSR2 stops it and writes `<pid>.cpuprofile` into BENCH_PIPELINE_CPU_PROFILE_DIR.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

const dir = process.env.BENCH_PIPELINE_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGUSR2', async () => {
    if (!running) {
      running = true;
      await session.post('Profiler.enable');
      // Microseconds: 1 ms, as `node --cpu-prof`.
      await session.post('Profiler.setSamplingInterval', { interval: 1000 });
      await session.post('Profiler.start');
    } else {
      running = false;
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(profile));
    }
  });
}
