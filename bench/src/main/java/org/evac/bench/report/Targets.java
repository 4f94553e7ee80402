package org.evac.bench.report;

import java.util.ArrayList;
import java.util.List;

import org.evac.bench.delivery.DeliveryRun;
import org.evac.bench.queue.QueueRun;
import org.evac.bench.residents.BotRun;

/** The targets, judged from what was measured (never asserted in a test). */
public final class Targets {

	private Targets() {
	}

	public static List<Results.Target> judge(Results.Residents residents, List<DeliveryRun> delivery,
			List<QueueRun> queue) {
		List<Results.Target> targets = new ArrayList<>();
		if (residents != null) {
			BotRun evac = residents.evac();
			targets.add(new Results.Target(
					"update p99 vs echo", "≤ 1.5× echo", String.format("%.2f× (%.0f ms vs %.0f ms)",
							residents.p99Ratio(), evac.latency().p99(), residents.echo().latency().p99()),
					residents.p99Ratio() <= 1.5));
			targets.add(new Results.Target("updates per second", "≥ 500/s",
					String.format("%.0f/s", evac.updatesPerSecond()), evac.updatesPerSecond() >= 500));
			targets.add(new Results.Target("idle RSS", "< 350 MB", String.format("%.0f MB", evac.idleRssMb()),
					evac.idleRssMb() < 350));
			targets.add(new Results.Target("start-up", "< 8 s", String.format("%.1f s", evac.startupSeconds()),
					evac.startupSeconds() < 8));
		}
		for (DeliveryRun run : delivery) {
			targets.add(new Results.Target("delivery at " + run.cap() + "/s", "≥ 97% of cap with a backlog, no 429",
					String.format("%.1f%% (%.1f/s; %.1f%% from the first message), %d × 429, %d lost, %d duplicates",
							run.backlogOfCap() * 100, run.backlogPerSecond(), run.ofCap() * 100, run.refused(),
							run.lost(), run.duplicates()),
					run.backlogOfCap() >= 0.97 && run.refused() == 0 && run.lost() == 0 && run.duplicates() == 0));
		}
		for (QueueRun run : queue) {
			boolean answered = run.page().count() > 0;
			targets.add(new Results.Target("queue page p99, " + run.database(), "< 50 ms at 100k",
					answered ? String.format("%.0f ms at %,d (%d calls)", run.page().p99(), run.requests(),
							run.page().count()) : "no page answered in time",
					answered && run.page().p99() < 50 && run.requests() >= 100_000));
			boolean settlementAnswered = run.settlementPage().count() > 0;
			targets.add(new Results.Target("one settlement's queue page p99, " + run.database(), "< 50 ms at 100k",
					settlementAnswered ? String.format("%.0f ms at %,d (%d calls)", run.settlementPage().p99(),
							run.requests(), run.settlementPage().count()) : "no page answered in time",
					settlementAnswered && run.settlementPage().p99() < 50 && run.requests() >= 100_000));
		}
		return targets;
	}

}
