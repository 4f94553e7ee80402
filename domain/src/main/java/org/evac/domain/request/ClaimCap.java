package org.evac.domain.request;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.evac.domain.account.Role;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps one account from taking the queue, whether it claims on the page or with «Беру»
 * in Telegram: at most {@link ClaimProperties#maxPerVolunteer()} open requests held, and
 * claims rate-limited per account. The holding count is read before the claim; two claims
 * of one volunteer at the same instant may pass it by one, which the rate limit keeps at
 * that.
 */
public class ClaimCap {

	private static final int FORGET_ABOVE = 10_000;

	private final MongoTemplate mongo;

	private final ClaimProperties properties;

	private final Map<String, Bucket> rates = new ConcurrentHashMap<>();

	/** The buckets refill by evac's clock, so that tests can move it. */
	private final TimeMeter time;

	public ClaimCap(MongoTemplate mongo, ClaimProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	/**
	 * @throws ClaimRefused when the account claims too fast or holds too many
	 */
	public void check(String username, Role role) {
		if (this.rates.size() > FORGET_ABOVE) {
			this.rates.clear();
		}
		Bucket bucket = this.rates.computeIfAbsent(username,
				k -> Bucket.builder()
					.withCustomTimePrecision(this.time)
					.addLimit(limit -> limit.capacity(this.properties.perMinute())
						.refillGreedy(this.properties.perMinute(), Duration.ofMinutes(1)))
					.build());
		if (!bucket.tryConsume(1)) {
			throw new ClaimRefused(ClaimRefused.Why.TOO_FAST,
					"More than %d claims a minute: wait a little".formatted(this.properties.perMinute()));
		}
		if (WorkRule.coordinates(role)) {
			return;
		}
		long held = this.mongo.count(openHeldBy(username), EvacuationRequest.class);
		if (held >= this.properties.maxPerVolunteer()) {
			throw new ClaimRefused(ClaimRefused.Why.HOLDS_TOO_MANY,
					"You hold %d open requests, the most one volunteer may: finish or release one first"
						.formatted(held));
		}
	}

	/** Who holds how many open requests, by username. */
	public Map<String, Long> holdings() {
		Query held = Query.query(Criteria.where("status").in(RequestStatus.OPEN).and("claimedBy").ne(null));
		held.fields().include("claimedBy");
		Map<String, Long> holdings = new TreeMap<>();
		List<org.bson.Document> claimed = this.mongo.find(held, org.bson.Document.class, "requests");
		claimed.forEach(d -> holdings.merge(d.getString("claimedBy"), 1L, Long::sum));
		return holdings;
	}

	private static Query openHeldBy(String username) {
		return Query.query(Criteria.where("status").in(RequestStatus.OPEN).and("claimedBy").is(username));
	}

}
