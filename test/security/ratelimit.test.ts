import { describe, expect, it } from "vitest";
import { createCore } from "../../src/core.js";
import { RateLimiter } from "../../src/state/ratelimit.js";
import { silentLogger } from "../../src/log.js";
import { testConfig } from "../helpers.js";

describe("rate limits", () => {
  it("answer politely and privately past the per-person limit, and recover after a minute", async () => {
    let now = 1_000_000;
    const core = createCore(testConfig({ RATE_LIMIT_USER: "3", RATE_LIMIT_CHANNEL: "100" }), silentLogger(), { clock: { now: () => now } });
    const ask = (user: string) => core.handle({ platform: "slack", user: { id: user, moderator: false }, channel: "C1", text: "who is Homan" });
    for (let i = 0; i < 3; i++) expect((await ask("U1")).kind).toBe("answer");
    const limited = await ask("U1");
    expect(limited).toMatchObject({ kind: "limited", audience: "asker" });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.text).toMatch(/Please wait \d+ seconds? and try again/);
    expect((await ask("U2")).kind).toBe("answer");
    now += 60_001;
    expect((await ask("U1")).kind).toBe("answer");
  });

  it("limit a channel however many people write in it", async () => {
    const core = createCore(testConfig({ RATE_LIMIT_USER: "100", RATE_LIMIT_CHANNEL: "5" }), silentLogger());
    const kinds: string[] = [];
    for (let i = 0; i < 8; i++) kinds.push((await core.handle({ platform: "discord", user: { id: `U${i}`, moderator: false }, channel: "C9", text: "who is Homan" })).kind);
    expect(kinds.filter((k) => k === "limited")).toHaveLength(3);
  });

  it("cost the same per request at 100,000 active keys, and forget idle keys after a window", () => {
    let now = 0;
    const limiter = new RateLimiter(20, 60_000, () => now);
    for (let i = 0; i < 100_000; i++) limiter.take(`slack:U${i}`);
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) limiter.take(`slack:V${i}`);
    const perRequest = (performance.now() - started) / 20_000;
    expect(perRequest).toBeLessThan(0.05);
    now += 60_001;
    limiter.take("slack:late");
    expect(limiter.size).toBe(1);
  });
});
