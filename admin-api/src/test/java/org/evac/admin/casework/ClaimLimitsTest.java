package org.evac.admin.casework;

import java.time.Duration;
import java.time.Instant;

import org.evac.admin.security.Actor;
import org.evac.domain.account.Role;
import org.evac.domain.request.ClaimProperties;
import org.evac.domain.testing.MovableClock;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim rate, on a clock the test moves: the bucket refills by evac's clock. */
class ClaimLimitsTest {

	private final TestDatabase database = new TestDatabase();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T08:00:00Z"));

	private final ClaimLimits limits = new ClaimLimits(this.database.template(), new ClaimProperties(10, 5),
			this.clock);

	private final Actor coordinator = new Actor("mariia", Role.COORDINATOR);

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void aSixthClaimWithinTheSameMinuteIsRefusedWith429() {
		for (int i = 0; i < 5; i++) {
			this.limits.check(this.coordinator);
		}

		assertThatThrownBy(() -> this.limits.check(this.coordinator)).isInstanceOf(ResponseStatusException.class)
			.extracting(e -> ((ResponseStatusException) e).getStatusCode())
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void oneClaimComesBackForEachFifthOfAMinute() {
		for (int i = 0; i < 5; i++) {
			this.limits.check(this.coordinator);
		}

		this.clock.move(Duration.ofSeconds(11));
		assertThatThrownBy(() -> this.limits.check(this.coordinator)).isInstanceOf(ResponseStatusException.class);
		this.clock.move(Duration.ofSeconds(1));
		assertThatCode(() -> this.limits.check(this.coordinator)).doesNotThrowAnyException();
		assertThatThrownBy(() -> this.limits.check(this.coordinator)).isInstanceOf(ResponseStatusException.class);
	}

	@Test
	void eachAccountHasItsOwnRate() {
		for (int i = 0; i < 5; i++) {
			this.limits.check(this.coordinator);
		}

		assertThatCode(() -> this.limits.check(new Actor("admin", Role.COORDINATOR))).doesNotThrowAnyException();
	}

}
