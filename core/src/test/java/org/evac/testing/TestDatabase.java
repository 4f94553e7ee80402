package org.evac.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A real MongoDB-wire-protocol server in memory on a free loopback port, reached over TCP
 * by the ordinary driver: persistence tests talk to a database, never to a mock.
 */
public final class TestDatabase implements AutoCloseable {

	private final MongoServer server;

	private final MongoClient client;

	private final MongoTemplate template;

	public TestDatabase() {
		this.server = new MongoServer(new MemoryBackend());
		String uri = this.server.bindAndGetConnectionString();
		this.client = MongoClients.create(uri);
		this.template = new MongoTemplate(this.client, "evac-test");
		createIndexes();
	}

	private void createIndexes() {
		MappingMongoConverter converter = (MappingMongoConverter) this.template.getConverter();
		MongoMappingContext context = (MongoMappingContext) converter.getMappingContext();
		MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(context);
		for (Class<?> type : new Class<?>[] { org.evac.request.EvacuationRequest.class,
				org.evac.account.Account.class }) {
			resolver.resolveIndexFor(type).forEach(index -> this.template.indexOps(type).ensureIndex(index));
		}
	}

	public MongoTemplate template() {
		return this.template;
	}

	public String uri() {
		return "mongodb://" + this.server.getLocalAddress().getHostString() + ":"
				+ this.server.getLocalAddress().getPort() + "/evac-test";
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdown();
	}

}
