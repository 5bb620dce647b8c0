/**
 * Spreads a rate of orders per minute over time: each call says how many orders are due
 * since the last one, carrying fractions, so 30/min is one every two seconds and not 30
 * at the top of the minute. A long stall (a paused process) never releases a burst larger
 * than `maxBurst`.
 */
export class Pacer {
  private last: number;
  private carry = 0;

  constructor(
    private readonly perMinute: number,
    now: number,
    private readonly maxBurst = Math.max(1, Math.ceil(perMinute / 6)),
  ) {
    this.last = now;
  }

  due(now: number): number {
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    this.carry = Math.min(this.carry + (elapsed * this.perMinute) / 60_000, this.maxBurst);
    const whole = Math.floor(this.carry);
    this.carry -= whole;
    return whole;
  }
}
