package org.evac.bot.followup;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Follow-ups run where the bot runs (a Telegram token is set), unless switched off with
 * {@code evac.reminders.enabled=false}.
 */
class RemindersEnabled extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (!StringUtils.hasText(context.getEnvironment().getProperty("evac.telegram.token"))) {
			return ConditionOutcome.noMatch("no Telegram bot token");
		}
		return "false".equalsIgnoreCase(context.getEnvironment().getProperty("evac.reminders.enabled"))
				? ConditionOutcome.noMatch("evac.reminders.enabled is false") : ConditionOutcome.match("the bot runs");
	}

}
