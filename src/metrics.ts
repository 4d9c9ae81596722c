import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * What the bot counts for Prometheus (`GET /metrics`), each replica its own: questions answered and
 * declined, the time to answer, requests that failed, platform redeliveries dropped, and whether its
 * shared state is reachable; beside prom-client's process metrics (memory, CPU, event-loop lag).
 * One registry per core, so tests and several cores in a process never mix their counts.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly questions = new Counter({ name: "sanctuary_questions_total", help: "Questions asked, by platform and whether they were answered", labelNames: ["platform", "answered"] as const, registers: [this.registry] });
  readonly declines = new Counter({ name: "sanctuary_declines_total", help: "Questions declined by rule, by the rule", labelNames: ["rule"] as const, registers: [this.registry] });
  readonly answerSeconds = new Histogram({
    name: "sanctuary_answer_seconds",
    help: "Time to answer a question, from the text to the reply",
    // Answers take milliseconds; the upper buckets catch a stalled database.
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly errors = new Counter({ name: "sanctuary_errors_total", help: "Requests that failed with an error id", labelNames: ["platform"] as const, registers: [this.registry] });
  readonly deduplicated = new Counter({ name: "sanctuary_events_deduplicated_total", help: "Platform events dropped as redeliveries of one already handled", labelNames: ["platform"] as const, registers: [this.registry] });
  /** Read when scraped: whether the shared state can be reached now. */
  stateHealthy: () => boolean = () => true;
  readonly stateUp: Gauge = new Gauge({
    name: "sanctuary_shared_state_up",
    help: "1 when the shared state (PostgreSQL or DATA_DIR) can be reached",
    registers: [this.registry],
    collect: (): void => this.stateUp.set(this.stateHealthy() ? 1 : 0),
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** The text exposition format Prometheus scrapes. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
