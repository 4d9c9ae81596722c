import { clipText } from "../clip.js";

/**
 * Escapes text for Slack (&, <, >), so nothing a user typed or an article contains can become a
 * link, a user mention or a broadcast (<!channel>, <!here>, <!everyone>, <!subteam^…>).
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts text to a limit on a word boundary, marking the cut with "…". */
export function clip(text: string, max: number): string {
  return clipText(text, max, /[\s&;]+$/);
}
