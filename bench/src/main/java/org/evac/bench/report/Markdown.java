package org.evac.bench.report;

import java.util.Locale;

import org.evac.bench.delivery.DeliveryRun;
import org.evac.bench.queue.QueueRun;
import org.evac.bench.residents.BotRun;

/** The short table a person reads: {@code latest.md}. */
public final class Markdown {

	private Markdown() {
	}

	public static String of(Results results) {
		StringBuilder md = new StringBuilder();
		Results.Machine m = results.machine();
		md.append("# evac bench, ").append(results.when()).append("\n\n");
		md.append(String.format(Locale.ROOT,
				"Machine: %d cores, %,d MB, Java %s, %s; load average before %s, after %s. JVM flags (evac and echo): `%s`.%n%n",
				m.cpus(), m.memoryMb(), m.java(), m.os(), m.loadBefore(), m.loadAfter(),
				String.join(" ", results.jvmFlags())));
		md.append("Command: `").append(results.command()).append("`\n\n");
		if (results.residents() != null) {
			residents(md, results.residents());
		}
		if (!results.delivery().isEmpty()) {
			md.append("## Delivery (queued messages, each to its own chat; the stand-in answers 429 over the cap)\n\n");
			md.append(
					"| cap | messages | queued in | delivered | from the first | of cap | with the backlog queued | of cap "
							+ "| steady | 429s | duplicates | lost |\n");
			md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
			for (DeliveryRun d : results.delivery()) {
				md.append(String.format(Locale.ROOT,
						"| %d/s | %,d | %.1f s | %,d | %.1f/s | %.1f%% | %.1f/s | %.1f%% | %.0f/s | %d | %d | %d |%n",
						d.cap(), d.messages(), d.queueSeconds(), d.delivered(), d.perSecond(), d.ofCap() * 100,
						d.backlogPerSecond(), d.backlogOfCap() * 100, d.steadyPerSecond(), d.refused(), d.duplicates(),
						d.lost()));
			}
			md.append("\n\"From the first\" runs from the first message accepted to the last, and so includes the "
					+ "seconds while the bench was still queueing (sharing the database with evac's sending); \"with "
					+ "the backlog queued\" from the moment the last message was queued to the last accepted: the "
					+ "rate the issue asks for (≥ 97% of the cap when there is a backlog). \"Steady\" is the median "
					+ "of whole seconds.\n\n");
		}
		if (!results.queue().isEmpty()) {
			queue(md, results);
		}
		if (!results.problems().isEmpty()) {
			md.append("## Problems\n\n");
			results.problems().forEach(p -> md.append("- ").append(p).append('\n'));
			md.append('\n');
		}
		md.append("## Targets\n\n| target | wanted | measured | |\n|---|---|---|---|\n");
		for (Results.Target t : results.targets()) {
			md.append("| ")
				.append(t.name())
				.append(" | ")
				.append(t.target())
				.append(" | ")
				.append(t.measured())
				.append(" | ")
				.append(t.met() ? "met" : "**missed**")
				.append(" |\n");
		}
		return md.toString();
	}

	private static void residents(StringBuilder md, Results.Residents r) {
		md.append(String.format(Locale.ROOT,
				"## Residents (%,d at once, %d updates each; %s)%n%n| | evac | echo | evac/echo |%n|---|---|---|---|%n",
				r.residents(), r.updatesEach(), r.sendLimits()));
		BotRun e = r.evac();
		BotRun o = r.echo();
		row(md, "updates/s", e.updatesPerSecond(), o.updatesPerSecond(), "%.0f");
		row(md, "latency p50 (ms)", e.latency().p50(), o.latency().p50(), "%.0f");
		row(md, "latency p95 (ms)", e.latency().p95(), o.latency().p95(), "%.0f");
		row(md, "latency p99 (ms)", e.latency().p99(), o.latency().p99(), "%.0f");
		row(md, "latency max (ms)", e.latency().max(), o.latency().max(), "%.0f");
		md.append(String.format(Locale.ROOT, "| requests filed/s | %.1f (%,d of %,d) | – | |%n", e.finishedPerSecond(),
				e.finished(), r.residents()));
		md.append(String.format(Locale.ROOT, "| 429s | %d | %d | |%n", e.refused(), o.refused()));
		row(md, "CPU per update (ms)", e.cpuMsPerUpdate(), o.cpuMsPerUpdate(), "%.2f");
		row(md, "bench's own CPU per update (ms)", e.benchCpuMsPerUpdate(), o.benchCpuMsPerUpdate(), "%.2f");
		row(md, "start-up (s)", e.startupSeconds(), o.startupSeconds(), "%.1f");
		row(md, "idle RSS (MB)", e.idleRssMb(), o.idleRssMb(), "%.0f");
		row(md, "peak RSS (MB)", e.peakRssMb(), o.peakRssMb(), "%.0f");
		row(md, "peak heap used (MB, GC log)", e.heap().peakUsedMb(), o.heap().peakUsedMb(), "%.0f");
		row(md, "max live heap (MB, GC log)", e.heap().maxLiveMb(), o.heap().maxLiveMb(), "%.0f");
		md.append(String.format(Locale.ROOT, "%nevac's start-up is to health UP (first getUpdates at %.1f s); "
				+ "the echo bot's to its first getUpdates. evac's heap sampled from its metrics peaked at %.0f MB.%n%n",
				e.firstPollSeconds(), e.sampledHeapMb()));
	}

	private static void row(StringBuilder md, String name, double evac, double echo, String format) {
		md.append(String.format(Locale.ROOT, "| %s | " + format + " | " + format + " | %.2f |%n", name, evac, echo,
				(echo == 0) ? 0 : evac / echo));
	}

	private static void queue(StringBuilder md, Results results) {
		md.append(
				"## Volunteers' queue (ms; HTTP Basic with the session cookie kept; 30 unmeasured calls of each kind first; evac's JVM flags here: `")
			.append(String.join(" ", results.queueJvmFlags()))
			.append("`)\n\n");
		md.append(
				"| database | requests (open) | page p50 | page p99 | one settlement's page p50 / p99 | detail p50 | detail p99 | login-only p50 "
						+ "| count | sorted page query | unsorted | by id | by chat | follow-ups' tick (max) | its allocation "
						+ "|\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (QueueRun q : results.queue()) {
			md.append(String.format(Locale.ROOT,
					"| %s | %,d (%,d) | %.0f | %.0f | %.0f / %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.0f | %.1f (%.1f) "
							+ "| %.0f KiB |%n",
					q.database(), q.requests(), q.open(), q.page().p50(), q.page().p99(), q.settlementPage().p50(),
					q.settlementPage().p99(), q.detail().p50(), q.detail().p99(), q.authOnly().p50(), q.countMs(),
					q.sortedPageMs(), q.unsortedPageMs(), q.byIdMs(), q.byChatMs(), q.tickMs(), q.tickMaxMs(),
					q.tickAllocatedKb()));
		}
		md.append("\nThe last five columns time queries straight against the database (median): the page's count, "
				+ "its sorted query, the same unsorted, one request by id, and one resident's requests by chat "
				+ "(what every `/start` looks up). The follow-ups' tick is evac's own timer over the ticks that ran "
				+ "while the queue was measured, with every request stored and nothing due (mean, and the longest "
				+ "in evac's last minutes); its allocation is the heap the tick's thread allocated (mean).\n\n");
	}

}
