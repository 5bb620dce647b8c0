/**
 * The engine under test, alone in its own process so its CPU time and peak memory are its
 * own. Driven over IPC by index.ts: {start: env} → {port}; {stats} → usage; {stop}.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';

let engine: RunningEngine | null = null;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', async (message: { start?: Record<string, string>; stats?: true; stop?: true }) => {
  if (message.start) {
    engine = await startEngine(configFromEnv({ ...message.start }), { logger: silentLogger() });
    process.send!({ port: engine.port });
  } else if (message.stats) {
    const cpu = process.cpuUsage();
    const delay = { p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 };
    loopDelay.reset();
    process.send!({
      cpuMicros: cpu.user + cpu.system,
      rssBytes: process.memoryUsage().rss,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      loopDelay: delay,
      at: performance.timeOrigin + performance.now(),
    });
  } else if (message.stop) {
    await engine?.stop();
    process.send!({ stopped: true }, () => process.exit(0));
  }
});
