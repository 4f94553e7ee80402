package org.evac.embeddedmongo;

import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.UuidRepresentation;

/**
 * A backend served over TCP for one use of its {@code requests} collection, through the
 * ordinary driver (UUIDs in the standard representation, as evac's client writes them).
 */
final class RequestsOnAServer {

	private RequestsOnAServer() {
	}

	static void use(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
		MongoServer server = new MongoServer(backend);
		MongoClientSettings settings = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
			.uuidRepresentation(UuidRepresentation.STANDARD)
			.build();
		try (MongoClient client = MongoClients.create(settings)) {
			use.accept(client.getDatabase("evac").getCollection("requests"));
		}
		finally {
			server.shutdownNow();
		}
	}

}
