package org.evac.domain.request;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Registers every type kept as a map of answers ({@link StoredAsAnswers} beans: the
 * request's details here, the conversation's draft in the bot) with the MongoDB mapping.
 */
@Configuration(proxyBeanMethods = false)
class AnswerStorageConfiguration {

	@Bean
	StoredAsAnswers<RequestDetails> requestDetailsStorage() {
		return RequestDetails.STORAGE;
	}

	@Bean
	MongoCustomConversions mongoCustomConversions(List<StoredAsAnswers<?>> stored) {
		return StoredAsAnswers.conversions(stored);
	}

}
