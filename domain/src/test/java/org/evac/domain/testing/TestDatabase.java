package org.evac.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.StoredAsAnswers;
import org.evac.embeddedmongo.IdServedMemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A real MongoDB-wire-protocol server in memory on a free loopback port, reached over TCP
 * by the ordinary driver: persistence tests talk to a database, never to a mock.
 *
 * <p>
 * With {@code MONGODB_TEST_URI} set (for example {@code mongodb://localhost:27017}), the
 * same tests run unchanged against that real MongoDB instead, each in a database of its
 * own that is dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {

	private final MongoServer server;

	private final MongoClient client;

	private final MongoTemplate template;

	private final String uri;

	/**
	 * @param stored types kept as maps of answers besides the request's details (the
	 * bot's draft), mapped as the application maps them
	 */
	public TestDatabase(StoredAsAnswers<?>... stored) {
		String real = System.getenv("MONGODB_TEST_URI");
		String database = "evac-test-" + UUID.randomUUID().toString().substring(0, 8);
		if (real == null || real.isBlank()) {
			this.server = new MongoServer(new IdServedMemoryBackend());
			String address = this.server.bindAndGetConnectionString();
			this.uri = address + "/" + database;
			this.client = MongoClients.create(address);
		}
		else {
			this.server = null;
			ConnectionString given = new ConnectionString(real);
			this.uri = real;
			this.client = MongoClients.create(given);
		}
		this.template = template(this.client, database, stored);
		createIndexes();
	}

	private static MongoTemplate template(MongoClient client, String database, StoredAsAnswers<?>... stored) {
		List<StoredAsAnswers<?>> all = new ArrayList<>(List.of(stored));
		all.add(RequestDetails.STORAGE);
		MongoCustomConversions conversions = StoredAsAnswers.conversions(all);
		SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, database);
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return new MongoTemplate(factory, converter);
	}

	private void createIndexes() {
		MappingMongoConverter converter = (MappingMongoConverter) this.template.getConverter();
		MongoMappingContext context = (MongoMappingContext) converter.getMappingContext();
		MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(context);
		for (Class<?> type : new Class<?>[] { org.evac.domain.request.EvacuationRequest.class,
				org.evac.domain.account.Account.class }) {
			resolver.resolveIndexFor(type).forEach(index -> this.template.indexOps(type).ensureIndex(index));
		}
	}

	public MongoTemplate template() {
		return this.template;
	}

	public String uri() {
		return this.uri;
	}

	@Override
	public void close() {
		if (this.server == null) {
			this.template.getDb().drop();
		}
		this.client.close();
		if (this.server != null) {
			this.server.shutdown();
		}
	}

}
