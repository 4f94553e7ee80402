package org.evac.bot.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The bot runs only with a token; so does everything that talks to Telegram. */
class TelegramEnabled extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("evac.telegram.token"))
				? ConditionOutcome.match("a Telegram bot token is set")
				: ConditionOutcome.noMatch("no Telegram bot token");
	}

}
