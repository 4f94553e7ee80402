package org.evac.embeddedmongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The MongoDB-wire-protocol server evac runs for itself when no real MongoDB is given. It
 * listens on the loopback interface only, on a free port, and the application reaches it
 * over TCP through the ordinary MongoDB driver, exactly as it would a real server.
 */
public class EmbeddedMongoServer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private final MongoServer server;

	private final InetSocketAddress address;

	public EmbeddedMongoServer(DatabaseProperties properties) {
		this.server = new MongoServer(backend(properties));
		this.address = this.server.bind();
		log.info("Embedded database listening on {} ({})", this.address,
				properties.inMemory() ? "in memory" : "file under " + properties.dataDir().toAbsolutePath());
	}

	private static MongoBackend backend(DatabaseProperties properties) {
		if (properties.inMemory()) {
			return new IdServedMemoryBackend();
		}
		Path dir = properties.dataDir();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + dir.toAbsolutePath(), ex);
		}
		return new DurableH2Backend(dir.resolve("evac.mv.db").toString());
	}

	public String connectionString(String database) {
		return "mongodb://" + this.address.getHostString() + ":" + this.address.getPort() + "/" + database;
	}

	@Override
	public void destroy() {
		this.server.shutdown();
	}

}
