package org.evac.bench.queue;

import java.util.List;

import com.mongodb.client.MongoClient;
import org.evac.domain.request.RequestDetails;
import org.evac.domain.request.StoredAsAnswers;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * A template that maps requests as evac does: their details are kept as a map of answers
 * ({@link StoredAsAnswers}), which a plain template cannot read.
 */
public final class EvacTemplate {

	private EvacTemplate() {
	}

	public static MongoTemplate of(MongoClient client, String database) {
		SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, database);
		MongoCustomConversions conversions = StoredAsAnswers.conversions(List.of(RequestDetails.STORAGE));
		MongoMappingContext context = new MongoMappingContext();
		context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
		context.afterPropertiesSet();
		MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), context);
		converter.setCustomConversions(conversions);
		converter.afterPropertiesSet();
		return new MongoTemplate(factory, converter);
	}

}
