package org.evac.bench.queue;

import org.evac.bench.report.Latency;

/**
 * The volunteers' queue on one database.
 *
 * @param database which: the embedded one, or the MongoDB named by MONGODB_URI
 * @param requests requests stored
 * @param open of them still open (what the queue's default filter shows)
 * @param insertSeconds how long storing them took
 * @param page {@code GET /api/requests}, the first page with the default filters
 * @param settlementPage the first page of one settlement's requests (one in twenty)
 * @param detail {@code GET /api/requests/{id}}
 * @param authOnly a trivial authenticated call: what logging in costs every call
 * @param countMs the queue's count, straight to the database (median)
 * @param sortedPageMs the queue's first page query, straight to the database (median)
 * @param unsortedPageMs the same without the sort (median)
 * @param byIdMs one request by id, straight to the database (median)
 * @param byChatMs one resident's requests by chat, as every {@code /start} looks them up
 * (median)
 * @param failures calls that did not answer 200
 * @param tickMs the follow-ups' tick with every request stored and nothing due (mean over
 * the ticks while the queue was measured; -1 when none ran)
 * @param tickMaxMs the longest of those ticks (as evac's timer keeps it, over its last
 * minutes)
 * @param tickAllocatedKb heap allocated by such a tick (mean), in KiB
 */
public record QueueRun(String database, int requests, long open, double insertSeconds, Latency page, Latency detail,
		Latency authOnly, double countMs, double sortedPageMs, double unsortedPageMs, double byIdMs, double byChatMs,
		int failures, double tickMs, double tickMaxMs, double tickAllocatedKb, Latency settlementPage) {

}
