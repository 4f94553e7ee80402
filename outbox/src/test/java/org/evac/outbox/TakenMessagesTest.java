package org.evac.outbox;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dispatcher holds in memory and has finished lately: a message is taken in
 * once, never again while held, never again soon after it was finished, and again only
 * when let go unfinished or long finished.
 */
class TakenMessagesTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final TakenMessages taken = new TakenMessages();

	@Test
	void aMessageIsTakenInOnceWhileHeld() {
		assertThat(this.taken.takeIn("a")).isTrue();
		assertThat(this.taken.takeIn("a")).isFalse();
		assertThat(this.taken.held()).isEqualTo(1);
	}

	@Test
	void aFinishedMessageIsNoLongerHeldAndNotTakenInAgain() {
		this.taken.takeIn("a");

		this.taken.finished("a", NOW);

		assertThat(this.taken.held()).isZero();
		assertThat(this.taken.takeIn("a")).as("a look that read it before it was removed").isFalse();
		assertThat(this.taken.held()).isZero();
	}

	@Test
	void aMessageLetGoUnfinishedMayComeAgain() {
		this.taken.takeIn("a");

		this.taken.release("a");

		assertThat(this.taken.held()).isZero();
		assertThat(this.taken.takeIn("a")).isTrue();
	}

	@Test
	void aFinishedMessageIsNotLetGoAsIfUnfinished() {
		this.taken.takeIn("a");
		this.taken.finished("a", NOW);

		this.taken.release("a");

		assertThat(this.taken.takeIn("a")).isFalse();
		assertThat(this.taken.held()).isZero();
	}

	@Test
	void onlyMessagesFinishedLongAgoAreForgotten() {
		this.taken.takeIn("long finished");
		this.taken.finished("long finished", NOW.minus(Duration.ofMinutes(2)));
		this.taken.takeIn("just finished");
		this.taken.finished("just finished", NOW);
		this.taken.takeIn("held");

		this.taken.forgetFinishedBefore(NOW.minus(Duration.ofMinutes(1)));

		assertThat(this.taken.takeIn("long finished")).isTrue();
		assertThat(this.taken.takeIn("just finished")).isFalse();
		assertThat(this.taken.takeIn("held")).isFalse();
		assertThat(this.taken.held()).isEqualTo(2);
	}

}
