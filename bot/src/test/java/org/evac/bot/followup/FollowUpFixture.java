package org.evac.bot.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.evac.bot.conversation.ConversationRecord;
import org.evac.bot.conversation.ConversationState;
import org.evac.bot.conversation.Conversations;
import org.evac.bot.conversation.Draft;
import org.evac.bot.conversation.FollowUpPrompts;
import org.evac.bot.volunteerchat.VolunteerChatProperties;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;
import org.evac.domain.place.SeedFiles;
import org.evac.domain.place.SeedProperties;
import org.evac.domain.request.Destination;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.Requests;
import org.evac.domain.request.SpecialNeed;
import org.evac.domain.retention.RetentionProperties;
import org.evac.domain.testing.TestDatabase;
import org.evac.outbox.Outbox;
import org.evac.outbox.OutboxListener;
import org.evac.outbox.OutboxMessage;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The follow-ups of one or more instances on a real database, with a clock the test
 * moves. Nothing sends to Telegram here: what the follow-ups queue stays in the outbox
 * for the test to read.
 */
final class FollowUpFixture implements AutoCloseable {

	static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

	static final long VOLUNTEERS = -100500L;

	static final Messages MESSAGES = new Messages();

	static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

	/** {@code evac.queue.stale-after}'s default. */
	static final Duration STALE_AFTER = Duration.ofHours(24);

	final TestDatabase database = new TestDatabase(Draft.STORAGE);

	/** What the follow-ups read, counted on the wire. */
	final DocumentsRead read = new DocumentsRead();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(this.database.uri()))
		.addCommandListener(this.read)
		.build());

	/**
	 * The test database's own mapping (answers kept as maps), over the counting client.
	 */
	final MongoTemplate mongo = new MongoTemplate(
			new SimpleMongoClientDatabaseFactory(this.client, this.database.template().getDb().getName()),
			this.database.template().getConverter());

	final MutableClock clock = new MutableClock(START);

	final Requests requests = new Requests(this.mongo, this.clock);

	final Conversations conversations = new Conversations(this.mongo);

	final Outbox outbox = new Outbox(this.mongo, this.clock,
			new StaticListableBeanFactory().getBeanProvider(OutboxListener.class), Duration.ofSeconds(30));

	final Reminders reminders;

	final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

	private final ReminderProperties properties;

	private final FollowUpCycle cycle;

	FollowUpFixture() {
		this(properties(""));
	}

	FollowUpFixture(ReminderProperties properties) {
		this(properties, new VolunteerChatProperties(VOLUNTEERS));
	}

	FollowUpFixture(ReminderProperties properties, VolunteerChatProperties volunteers) {
		this.properties = properties;
		// as the application declares them, so the conversations' due times are indexed
		// too
		MongoMappingContext context = (MongoMappingContext) this.mongo.getConverter().getMappingContext();
		new MongoPersistentEntityIndexResolver(context).resolveIndexFor(ConversationRecord.class)
			.forEach(index -> this.mongo.indexOps(ConversationRecord.class).ensureIndex(index));
		this.reminders = new Reminders(this.mongo, properties.lease());
		this.cycle = instance(volunteers);
	}

	/** The defaults of the configuration, with these quiet hours. */
	static ReminderProperties properties(String quietHours) {
		return properties(quietHours, Duration.ofHours(12));
	}

	static ReminderProperties properties(String quietHours, Duration unclaimedAfter) {
		return new ReminderProperties(true, Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24),
				Duration.ofDays(1), Duration.ofDays(3), 2, unclaimedAfter, Duration.ofHours(2), quietHours,
				Duration.ofSeconds(15));
	}

	/** Another instance of evac on the same database. */
	FollowUpCycle instance(VolunteerChatProperties volunteers) {
		FollowUpPrompts prompts = new FollowUpPrompts(MESSAGES);
		List<ReminderKind<?>> kinds = List.of(new Nudge(this.properties, this.conversations, prompts),
				new CheckIns(this.properties, this.requests, prompts, this.conversations),
				new Silence(this.properties, volunteers, this.requests, MESSAGES),
				new Unclaimed(this.properties, volunteers, this.requests, MESSAGES, ZONE),
				new PickupReminders(this.properties, this.requests, MESSAGES,
						new SeedFiles(new DefaultResourceLoader(), new SeedProperties("classpath:seeds/")),
						this.conversations, ZONE));
		return ReminderConfiguration.cycle(this.reminders, kinds, this.properties.quiet(ZONE),
				new RetentionProperties(Period.ofDays(30), Duration.ofHours(24), Duration.ofDays(14),
						Duration.ofHours(1)),
				this.conversations, this.requests, this.outbox, new StaleRequests(this.mongo, STALE_AFTER), this.clock,
				this.metrics);
	}

	void tick() {
		this.cycle.run();
	}

	void after(Duration duration) {
		this.clock.advance(duration);
		tick();
	}

	/** A resident in the middle of the questions, last seen {@code ago}. */
	void conversationAt(long chatId, String step, Language language, Duration ago) {
		Instant at = this.clock.instant().minus(ago);
		this.mongo.insert(new ConversationRecord(chatId,
				new ConversationState(language, step, Draft.empty(), chatId + "-1", null), 1, List.of(1L), at, at, 1));
	}

	/** The resident answered something just now. */
	void touch(long chatId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(chatId)),
				new Update().set("updatedAt", this.clock.instant()).inc("version", 1).inc("lastUpdateId", 1),
				ConversationRecord.class);
	}

	EvacuationRequest file(long chatId, Language language) {
		RequestDetails details = new RequestDetails(new PlaceRef("UA14020010010059145", "Бахмут"),
				new PlaceRef("UA14000000000091971", "Донецька область"), "вул. Миру, 5", new GeoPoint(48.595, 38.0),
				"+380501234567", "+380671112233", 3, 2, Set.of(SpecialNeed.ELDERLY), Destination.undecided(), true);
		return this.requests.file(chatId, chatId + "-1", language, details);
	}

	EvacuationRequest change(EvacuationRequest request, Consumer<EvacuationRequest> change) {
		return this.requests.change(request.id(), change).orElseThrow();
	}

	EvacuationRequest reload(EvacuationRequest request) {
		return this.requests.byId(request.id()).orElseThrow();
	}

	/** What was queued for the chat, in order. */
	List<String> textsTo(long chatId) {
		return messagesTo(chatId).stream().map(m -> m.message().text()).toList();
	}

	List<OutboxMessage> messagesTo(long chatId) {
		return this.mongo.find(Query.query(Criteria.where("chatId").is(chatId)), OutboxMessage.class)
			.stream()
			.sorted(Comparator.comparingLong(OutboxMessage::seq))
			.toList();
	}

	double count(String meter, String kind) {
		var counter = this.metrics.find(meter).tag("kind", kind).counter();
		return (counter == null) ? 0 : counter.count();
	}

	static String text(Language language, String key, Object... args) {
		return MESSAGES.text(language, key, args);
	}

	@Override
	public void close() {
		this.client.close();
		this.database.close();
	}

}
