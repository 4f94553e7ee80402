package org.evac.bot.followup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.evac.domain.i18n.Language;
import org.evac.domain.request.EvacuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Not a test: a measurement of the follow-ups' tick with 100,000 open requests stored and
 * nothing due, on the embedded server, run on demand
 * ({@code ./mvnw -pl bot -am test -Dtest=TickMeasurement -Devac.measure=true
 * -Dsurefire.failIfNoSpecifiedTests=false}). It prints its figures; the speed targets
 * live in the bench, not in timed tests.
 */
@EnabledIfSystemProperty(named = "evac.measure", matches = "true")
class TickMeasurement {

	@Test
	void aTickWithNothingDueAtAHundredThousandOpenRequests() {
		try (FollowUpFixture evac = new FollowUpFixture()) {
			EvacuationRequest model = evac.file(1L, Language.UK);
			evac.tick();
			Document stored = evac.mongo.findById(model.id(), Document.class, "requests");
			evac.mongo.remove(Query.query(Criteria.where("_id").is(stored.get("_id"))), "requests");
			int total = Integer.getInteger("evac.measure.requests", 100_000);
			for (int first = 0; first < total; first += 100) {
				List<Document> copies = new ArrayList<>();
				for (int i = first; i < first + 100; i++) {
					Document copy = new Document(stored);
					copy.remove("_id");
					copy.put("number", "EV-M" + i);
					copy.put("filingKey", "m-" + i);
					copy.put("chatId", 1_000_000L + i);
					copy.put("nextFollowUpAt", Date.from(evac.clock.instant().plus(Duration.ofHours(1 + i % 24))));
					copies.add(copy);
				}
				evac.mongo.getCollection("requests").insertMany(copies);
			}
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			List<Double> millis = new ArrayList<>();
			List<Long> bytes = new ArrayList<>();
			for (int tick = 0; tick < 30; tick++) {
				evac.clock.advance(Duration.ofSeconds(10));
				long allocated = threads.getCurrentThreadAllocatedBytes();
				long start = System.nanoTime();
				evac.tick();
				millis.add((System.nanoTime() - start) / 1e6);
				bytes.add(threads.getCurrentThreadAllocatedBytes() - allocated);
			}
			List<Double> warm = millis.subList(10, millis.size()).stream().sorted().toList();
			System.out.printf(
					"MEASURE %,d open requests stored, nothing due: tick median %.2f ms, max %.2f ms "
							+ "(of %d warm ticks; first %.1f ms); allocated by the tick's thread: median %,d bytes%n",
					evac.mongo.getCollection("requests").estimatedDocumentCount(), warm.get(warm.size() / 2),
					warm.get(warm.size() - 1), warm.size(), millis.get(0),
					bytes.stream().sorted().toList().get(bytes.size() / 2));
			System.out.printf("MEASURE requests read by the 30 ticks: %d%n", evac.read.from("requests"));
		}
	}

}
