package org.evac.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import org.evac.domain.audit.AuditAction;
import org.evac.domain.audit.AuditEntry;
import org.evac.domain.audit.AuditLog;
import org.evac.domain.i18n.Language;
import org.bson.Document;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestStatus;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.domain.testing.MovableClock;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Personal data of closed requests is kept for the retention period, then erased, once.
 */
class RetentionTest {

	private final TestDatabase database = new TestDatabase();

	private final MovableClock clock = new MovableClock(Instant.parse("2026-10-01T10:00:00Z"));

	private final Requests requests = new Requests(this.database.template(), this.clock);

	private final AuditLog audit = new AuditLog(this.database.template(), this.clock);

	private final Retention retention = new Retention(this.database.template(), this.requests, this.audit,
			new JobLock(this.database.template(), this.clock),
			new RetentionProperties(Period.ofDays(30), Duration.ofHours(24), Duration.ofDays(14), Duration.ofHours(1)),
			this.clock);

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void erasesClosedRequestsOnlyAfterTheRetentionPeriod() {
		EvacuationRequest closed = this.requests.file(1L, "1-1", Language.UK, RequestsFixtures.family());
		EvacuationRequest open = this.requests.file(2L, "2-1", Language.UK, RequestsFixtures.family());
		this.requests.cancelByResident(1L, closed.number());

		this.clock.move(Duration.ofDays(29));
		assertThat(this.retention.run()).isZero();

		this.clock.move(Duration.ofDays(2));
		assertThat(this.retention.run()).isEqualTo(1);

		EvacuationRequest erased = this.requests.byId(closed.id()).orElseThrow();
		assertThat(erased.erased()).isTrue();
		assertThat(erased.details().phone()).isNull();
		assertThat(erased.details().address()).isNull();
		assertThat(erased.details().householdSize()).isEqualTo(3);
		assertThat(this.requests.byId(open.id()).orElseThrow().details().phone()).isEqualTo("+380501234567");
		assertThat(this.audit.find(closed.id(), null, 10)).extracting(AuditEntry::action)
			.containsExactly(AuditAction.RETENTION_ERASE);
		assertThat(this.retention.run()).isZero();
	}

	@Test
	void theRetentionPeriodRunsFromClosingAndALaterMessageDoesNotMoveIt() {
		EvacuationRequest closed = this.requests.file(3L, "3-1", Language.UK, RequestsFixtures.family());
		this.requests.cancelByResident(3L, closed.number());

		this.clock.move(Duration.ofDays(20));
		this.requests.change(closed.id(), r -> r.messageFromResident("late", "one more thing", this.clock.instant()));
		this.clock.move(Duration.ofDays(11));

		assertThat(this.retention.run()).isEqualTo(1);
	}

	@Test
	void aClosedRequestTakesNoNote() {
		EvacuationRequest closed = this.requests.file(4L, "4-1", Language.UK, RequestsFixtures.family());
		this.requests.cancelByResident(4L, closed.number());

		assertThatIllegalStateException().isThrownBy(() -> this.requests.addNote(closed.id(), "olena", "called"))
			.withMessageContaining("closed");
	}

	@Test
	void retentionErasesEveryWordAndPlaceTiedToThePerson() {
		EvacuationRequest request = this.requests.file(5L, "5-1", Language.UK, RequestsFixtures.family());
		Instant at = this.clock.instant();
		this.requests.change(request.id(), r -> {
			r.messageFromResident("m1", "Бабуся хворіє на діабет", at);
			r.claim("olena", at);
			r.addNote("n1", "olena", "Ключ у сусідки з Липової", at);
			r.messageFromVolunteer("m2", "olena", "Будемо біля Липової о дев'ятій", at);
			r.changeStatus(RequestStatus.IN_PROGRESS, "olena", "Липова, дзвонити двічі", null, at);
			r.changeStatus(RequestStatus.SCHEDULED, "olena", "Сказала про діабет", new Pickup(at, "Липова, ворота"),
					at);
			r.changeStatus(RequestStatus.EVACUATED, "olena", "Вивезли бабусю з діабетом", null, at);
		});
		this.clock.move(Duration.ofDays(31));

		assertThat(this.retention.run()).isEqualTo(1);

		String stored = this.database.template().findById(request.id(), Document.class, "requests").toJson();
		assertThat(stored).doesNotContain("діабет", "Липов", "1234567", "Миру").contains("\"erased\": true");
	}

	@Test
	void onlyOneInstanceRunsTheDailyJob() {
		JobLock lock = new JobLock(this.database.template(), this.clock);

		assertThat(lock.take("retention", Duration.ofHours(23))).isTrue();
		assertThat(lock.take("retention", Duration.ofHours(23))).isFalse();
		this.clock.move(Duration.ofHours(24));
		assertThat(lock.take("retention", Duration.ofHours(23))).isTrue();
	}

}
