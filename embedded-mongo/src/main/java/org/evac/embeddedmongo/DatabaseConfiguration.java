package org.evac.embeddedmongo;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Chooses the database: the real MongoDB named by {@code MONGODB_URI}, or else an
 * embedded server started before anything touches MongoDB (the driver's connection
 * details depend on it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	@Conditional(EmbeddedDatabaseCondition.class)
	EmbeddedMongoServer embeddedMongoServer(DatabaseProperties properties) {
		return new EmbeddedMongoServer(properties);
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(DatabaseProperties properties,
			ObjectProvider<EmbeddedMongoServer> embedded) {
		String uri = properties.embedded() ? embedded.getObject().connectionString(properties.database())
				: properties.uri();
		ConnectionString connectionString = new ConnectionString(uri);
		return () -> connectionString;
	}

	/**
	 * On a real MongoDB (a replica set in production) a write counts once a majority of
	 * the members have it, and a write interrupted by a failover is retried by the
	 * driver. The embedded server is a single node: nothing to configure there.
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer durableWrites(DatabaseProperties properties) {
		return settings -> {
			if (!properties.embedded()) {
				settings.writeConcern(WriteConcern.MAJORITY).retryWrites(true);
			}
		};
	}

	/** Named so that it replaces Spring Boot's MongoDB check. */
	@Bean("mongoHealthContributor")
	DatabaseHealth databaseHealth(MongoTemplate mongo) {
		return new DatabaseHealth(mongo);
	}

}
