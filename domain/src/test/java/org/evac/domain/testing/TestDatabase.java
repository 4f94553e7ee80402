package org.evac.domain.testing;

import java.util.UUID;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.evac.embeddedmongo.IdServedMemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
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

	public TestDatabase() {
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
		this.template = new MongoTemplate(this.client, database);
		createIndexes();
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
