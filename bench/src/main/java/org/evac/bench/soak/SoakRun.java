package org.evac.bench.soak;

import java.util.Locale;

import org.evac.bench.report.Latency;

/**
 * One soak's figures (issue 17, item 8), and its judgement: memory level, a clean log,
 * every conversation finished.
 *
 * @param minutes how long residents kept starting
 * @param updatesPerSecond the pace asked for
 * @param achievedPerSecond updates offered over the soak's time
 * @param started residents who sent {@code /start}
 * @param filed residents whose request was filed
 * @param turns from a resident's update to the bot's answer to it
 * @param polls the volunteer's {@code GET /api/requests}, with a personal access token
 * @param failedPolls those answered other than 200, or not at all
 * @param messages messages the bot sent (questions, check-ins, reminders)
 * @param refused answers of 429 the stand-in gave
 * @param rss evac's resident memory over the soak
 * @param log what evac's log says went wrong
 * @param loadBefore the machine's load averages before
 * @param loadAfter and after
 */
public record SoakRun(double minutes, int updatesPerSecond, double achievedPerSecond, int started, int filed,
		Latency turns, Latency polls, int failedPolls, int messages, int refused, RssTrend rss, LogProblems log,
		String loadBefore, String loadAfter) {

	/** Every resident who started got their request filed. */
	public boolean allFinished() {
		return this.started > 0 && this.filed == this.started;
	}

	public boolean passed() {
		return allFinished() && this.rss.steady() && this.log.none() && this.failedPolls == 0;
	}

	/** The report, in Markdown. */
	public String markdown(String when, String command) {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "## Soak: %.0f min at %d updates/s%n%n", this.minutes,
				this.updatesPerSecond));
		md.append(when).append(", load ").append(this.loadBefore).append(" → ").append(this.loadAfter).append("\n\n");
		md.append("Command: `").append(command).append("`\n\n");
		md.append("| check | wanted | measured | |\n|---|---|---|---|\n");
		md.append(row("RSS, last half against first", "within +10%",
				String.format(Locale.ROOT, "%.0f → %.0f MB (%+.1f%%), max %.0f MB, %d samples", this.rss.firstHalfMb(),
						this.rss.lastHalfMb(), this.rss.growth() * 100, this.rss.maxMb(), this.rss.samples().size()),
				this.rss.steady()));
		md.append(row("errors in evac's log", "none",
				this.log.none() ? "none" : this.log.lines() + " lines, " + this.log.kinds().size() + " kinds",
				this.log.none()));
		md.append(row("conversations finished", "all",
				String.format(Locale.ROOT, "%,d of %,d requests filed", this.filed, this.started), allFinished()));
		md.append(row("volunteer's queue polls", "all answered 200",
				String.format(Locale.ROOT, "%d calls, %d failed, p50 %.0f ms, p99 %.0f ms", this.polls.count(),
						this.failedPolls, this.polls.p50(), this.polls.p99()),
				this.failedPolls == 0));
		md.append(String.format(Locale.ROOT,
				"%nUpdates: %.1f/s achieved; the bot's answer to each p50 %.0f ms, p99 %.0f ms, max %.0f ms "
						+ "(%,d turns). Messages sent: %,d; 429s: %d.%n",
				this.achievedPerSecond, this.turns.p50(), this.turns.p99(), this.turns.max(), this.turns.count(),
				this.messages, this.refused));
		if (!this.log.none()) {
			md.append("\nFrom the log (first kinds):\n\n");
			this.log.firstKinds(10).forEach((line) -> md.append("- `").append(line.replace('`', '\'')).append("`\n"));
		}
		md.append("\nRSS (MB) by minute: ");
		int minute = -1;
		StringBuilder line = new StringBuilder();
		for (RssTrend.Sample sample : this.rss.samples()) {
			if ((int) (sample.second() / 60) > minute) {
				minute = (int) (sample.second() / 60);
				line.append((line.length() == 0) ? "" : ", ")
					.append(String.format(Locale.ROOT, "%d: %.0f", minute, sample.rssMb()));
			}
		}
		md.append(line).append("\n\n").append(passed() ? "**Passed.**" : "**Not passed.**").append('\n');
		return md.toString();
	}

	private static String row(String check, String wanted, String measured, boolean met) {
		return "| " + check + " | " + wanted + " | " + measured + " | " + (met ? "met" : "**missed**") + " |\n";
	}

}
