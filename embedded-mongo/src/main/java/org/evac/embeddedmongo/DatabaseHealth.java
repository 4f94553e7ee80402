package org.evac.embeddedmongo;

import org.bson.Document;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Whether the database answers. Asks with {@code ping}, which both MongoDB and the
 * embedded server understand (Spring Boot's own check uses {@code hello}, which the
 * embedded server does not).
 */
class DatabaseHealth extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	DatabaseHealth(MongoTemplate mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
	}

}
