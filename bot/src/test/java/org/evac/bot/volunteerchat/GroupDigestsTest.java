package org.evac.bot.volunteerchat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.evac.domain.i18n.Messages;
import org.evac.domain.testing.MovableClock;
import org.evac.domain.testing.TestDatabase;
import org.evac.outbox.Keyboard;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's group hears of at most 20 new requests a minute one by one; the rest wait and
 * go out merged into one digest, with a «Беру» button each, as soon as the minute allows.
 */
class GroupDigestsTest {

	static final long GROUP = -100555;

	static final long OTHER_GROUP = -100666;

	final TestDatabase database = new TestDatabase();

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));

	final Outbox outbox = new Outbox(this.database.template(), this.clock,
			new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));

	final GroupDigests digests = new GroupDigests(this.database.template(), this.outbox, new Messages(), this.clock,
			new GroupDigestProperties(20, Duration.ofMinutes(1), 20, Duration.ofSeconds(5)));

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void announcesTwentyAMinuteOneByOneAndMergesTheRestIntoOneDigest() {
		List<Boolean> now = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			now.add(this.digests.announceNow(GROUP, waiting("EV-" + (1000 + i))));
		}
		this.digests.announceNow(GROUP, waiting("EV-1025")); // announced again: still one
																// line

		assertThat(now.subList(0, 20)).containsOnly(true);
		assertThat(now.subList(20, 25)).containsOnly(false);
		assertThat(this.digests.announceNow(OTHER_GROUP, waiting("EV-2001"))).isTrue();
		assertThat(this.digests.flush()).isZero();
		assertThat(queuedTo(GROUP)).isEmpty();

		this.clock.move(Duration.ofSeconds(61));
		assertThat(this.digests.flush()).isEqualTo(1);
		assertThat(this.digests.flush()).isZero();

		List<OutboxMessage> queued = queuedTo(GROUP);
		assertThat(queued).hasSize(1);
		String digest = queued.get(0).message().text();
		assertThat(digest).contains("EV-1021", "EV-1022", "EV-1023", "EV-1024", "EV-1025").doesNotContain("EV-1020");
		assertThat(digest.split("EV-1025", -1)).hasSize(2);
		Keyboard.Inline buttons = (Keyboard.Inline) queued.get(0).message().keyboard();
		assertThat(buttons.rows().stream().flatMap(List::stream).map(Keyboard.InlineButton::data))
			.containsExactly("take:EV-1021", "take:EV-1022", "take:EV-1023", "take:EV-1024", "take:EV-1025");
		assertThat(this.digests.announceNow(GROUP, waiting("EV-1026"))).isTrue();
	}

	@Test
	void waitsWhileAnnouncementsWaitSoThatTheOrderHolds() {
		for (int i = 1; i <= 21; i++) {
			this.digests.announceNow(GROUP, waiting("EV-" + (3000 + i)));
		}
		this.clock.move(Duration.ofSeconds(30));
		// the window is still full: a new one joins those waiting, not ahead of them
		assertThat(this.digests.announceNow(GROUP, waiting("EV-3100"))).isFalse();
		this.clock.move(Duration.ofSeconds(31));
		assertThat(this.digests.flush()).isEqualTo(1);
		assertThat(queuedTo(GROUP).get(0).message().text()).contains("EV-3021", "EV-3100");
	}

	static GroupDigests.Waiting waiting(String number) {
		return new GroupDigests.Waiting(number, "⚪ " + number + ": Краматорськ, Донецька. Людей: 2, дітей: 0",
				new Keyboard.InlineButton("✋ Беру " + number, "take:" + number));
	}

	List<OutboxMessage> queuedTo(long chat) {
		return this.database.template().find(Query.query(Criteria.where("chatId").is(chat)), OutboxMessage.class);
	}

}
