package org.evac.domain.team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.Document;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;
import org.evac.domain.i18n.Language;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SettlementRegister;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestAmended;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.RequestFiled;
import org.evac.domain.request.Requests;
import org.evac.domain.request.RequestsFixtures;
import org.evac.domain.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation from before teams keeps working: its documents, stored as today's code
 * stores them, get one team for the whole country with every account in it.
 */
class TeamsMigrationTest {

	static final SettlementRegister REGISTER = new SettlementRegister(new ClassPathResource("seeds/settlements.csv"));

	final TestDatabase database = new TestDatabase();

	final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	final Requests requests = new Requests(this.database.template(), this.clock);

	final Accounts accounts = new Accounts(this.database.template(), new BCryptPasswordEncoder(4), this.clock);

	final Teams teams = new Teams(this.database.template(), this.clock);

	final TeamAssignment assignment = new TeamAssignment(this.database.template(), this.teams, REGISTER);

	final TeamsMigration migration = new TeamsMigration(this.database.template(), this.teams, this.assignment);

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void anInstallationFromBeforeTeamsGetsOneTeamForTheWholeCountryWithEveryAccount() {
		this.accounts.create("admin", "Coordinator", "admin-password-1", Role.COORDINATOR);
		this.accounts.create("olena", "Olena", "olena-password-1", Role.VOLUNTEER);
		EvacuationRequest bakhmut = this.requests.file(1L, "1-1", Language.UK, RequestsFixtures.family());
		EvacuationRequest unknown = this.requests.file(2L, "2-1", Language.UK, somewhereUnknown());
		assertThat(this.database.template()
			.getCollection("requests")
			.find(new Document("teams", new Document("$exists", true)))
			.first()).isNull();

		this.migration.migrate();

		Team all = this.teams.byId(TeamsMigration.WHOLE_COUNTRY_TEAM).orElseThrow();
		assertThat(all.area()).containsExactly(Area.WHOLE_COUNTRY);
		assertThat(all.members()).containsExactly("admin", "olena");
		assertThat(this.requests.byId(bakhmut.id()).orElseThrow().teams()).containsExactly(all.id());
		assertThat(this.requests.byId(unknown.id()).orElseThrow().teams()).containsExactly(all.id());
		assertThat(this.accounts.byUsername("admin").map(Account::role)).contains(Role.ADMIN);
		assertThat(this.accounts.byUsername("olena").map(Account::role)).contains(Role.VOLUNTEER);
		assertThat(this.requests.claim(bakhmut.id(), "olena")).isPresent();
	}

	@Test
	void runningItAgainChangesNothingAndDoesNotUndoDeletingTheTeam() {
		this.accounts.create("admin", "Coordinator", "admin-password-1", Role.COORDINATOR);
		this.migration.migrate();
		this.migration.migrate();
		assertThat(this.teams.all()).hasSize(1);

		this.teams.delete(TeamsMigration.WHOLE_COUNTRY_TEAM);
		this.migration.migrate();

		assertThat(this.teams.all()).isEmpty();
	}

	@Test
	void aRequestGoesToTheTeamsWhoseAreaHoldsItsSettlementAndToNoneOutsideEveryArea() {
		this.migration.migrate();
		this.teams.delete(TeamsMigration.WHOLE_COUNTRY_TEAM);
		Team donetsk = this.teams.create("Донеччина", List.of(AreaTest.DONETSK_OBLAST), -100L, List.of("olena"));
		Team bakhmutRaion = this.teams.create("Бахмутський", List.of(AreaTest.BAKHMUT_RAION), -200L, List.of());
		Team kharkiv = this.teams.create("Харківщина", List.of(AreaTest.KHARKIV_OBLAST), -300L, List.of("taras"));
		EvacuationRequest bakhmut = this.requests.file(1L, "1-1", Language.UK, RequestsFixtures.family());
		EvacuationRequest unknown = this.requests.file(2L, "2-1", Language.UK, somewhereUnknown());

		this.assignment.reassignAll();

		assertThat(this.requests.byId(bakhmut.id()).orElseThrow().teams())
			.containsExactlyInAnyOrder(donetsk.id(), bakhmutRaion.id())
			.doesNotContain(kharkiv.id());
		assertThat(this.requests.byId(unknown.id()).orElseThrow().teams()).isEmpty();
	}

	@Test
	void aSharedPointWithoutAKnownSettlementGoesToTheTeamOfTheNearestOne() {
		this.migration.migrate();
		Team kharkiv = this.teams.create("Харківщина", List.of(AreaTest.KHARKIV_OBLAST), -300L, List.of());
		RequestDetails nearKharkiv = new RequestDetails(PlaceRef.named("біля річки"), null, null,
				new GeoPoint(49.9935, 36.2304), "+380501234567", null, 1, 0, java.util.Set.of(),
				Destination.undecided(), false);

		assertThat(this.assignment.teamsFor(nearKharkiv, List.of(kharkiv))).containsExactly(kharkiv.id());
	}

	@Test
	void aRequestACoordinatorMovedStaysWhereTheyPutIt() {
		this.migration.migrate();
		Team kharkiv = this.teams.create("Харківщина", List.of(AreaTest.KHARKIV_OBLAST), -300L, List.of());
		EvacuationRequest bakhmut = this.requests.file(1L, "1-1", Language.UK, RequestsFixtures.family());
		this.requests.change(bakhmut.id(), r -> r.moveToTeams(List.of(kharkiv.id())));

		this.assignment.reassignAll();

		assertThat(this.requests.byId(bakhmut.id()).orElseThrow().teams()).containsExactly(kharkiv.id());
	}

	@Test
	void aRequestWhosePlaceTheResidentCorrectsGoesToTheTeamsOfTheNewPlace() {
		this.migration.migrate();
		this.teams.delete(TeamsMigration.WHOLE_COUNTRY_TEAM);
		Team donetsk = this.teams.create("Донеччина", List.of(AreaTest.DONETSK_OBLAST), -100L, List.of());
		Team kharkiv = this.teams.create("Харківщина", List.of(AreaTest.KHARKIV_OBLAST), -300L, List.of());
		Requests publishing = new Requests(this.database.template(), this.clock, event -> {
			if (event instanceof RequestFiled filed) {
				this.assignment.on(filed);
			}
			if (event instanceof RequestAmended amended) {
				this.assignment.on(amended);
			}
		});
		EvacuationRequest request = publishing.file(1L, "1-1", Language.UK, RequestsFixtures.family());
		assertThat(publishing.byId(request.id()).orElseThrow().teams()).containsExactly(donetsk.id());

		publishing.amendByResident(request.id(), nearKharkiv());

		assertThat(publishing.byId(request.id()).orElseThrow().teams()).containsExactly(kharkiv.id());
	}

	static RequestDetails nearKharkiv() {
		return new RequestDetails(PlaceRef.named("біля річки"), null, "вул. Садова, 1", new GeoPoint(49.9935, 36.2304),
				"+380501234567", null, 1, 0, java.util.Set.of(), Destination.undecided(), false);
	}

	static RequestDetails somewhereUnknown() {
		return new RequestDetails(PlaceRef.named("Хутір"), null, "вул. Садова, 1", null, "+380501234568", null, 2, 0,
				java.util.Set.of(), Destination.undecided(), false);
	}

}
