package org.evac.embeddedmongo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no MongoDB URI is configured, so evac must bring its own database. */
class EmbeddedDatabaseCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String uri = context.getEnvironment().getProperty("evac.database.uri");
		return StringUtils.hasText(uri) ? ConditionOutcome.noMatch("evac.database.uri is set")
				: ConditionOutcome.match("no evac.database.uri: using the embedded database");
	}

}
