package org.evac.admin.casework;

import java.time.Clock;
import java.util.Map;

import org.evac.admin.security.Actor;
import org.evac.domain.request.ClaimCap;
import org.evac.domain.request.ClaimProperties;
import org.evac.domain.request.ClaimRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Keeps one account from taking the queue ({@link ClaimCap}, which «Беру» in Telegram
 * asks too): a claim too fast is 429, one more than an account may hold is 409.
 */
@Component
class ClaimLimits {

	private final ClaimCap cap;

	@Autowired
	ClaimLimits(ClaimCap cap) {
		this.cap = cap;
	}

	ClaimLimits(MongoTemplate mongo, ClaimProperties properties, Clock clock) {
		this(new ClaimCap(mongo, properties, clock));
	}

	/**
	 * Refuses the claim (429, 409) when the account claims too fast or holds too many.
	 */
	void check(Actor actor) {
		try {
			this.cap.check(actor.username(), actor.role());
		}
		catch (ClaimRefused ex) {
			throw new ResponseStatusException(
					(ex.why() == ClaimRefused.Why.TOO_FAST) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT,
					ex.getMessage());
		}
	}

	/** Who holds how many open requests, by username. */
	Map<String, Long> holdings() {
		return this.cap.holdings();
	}

}
