package org.evac.bot.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Updates come by webhook when a token and a webhook URL are set; otherwise evac
 * long-polls.
 */
class WebhookMode extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean webhook = StringUtils.hasText(context.getEnvironment().getProperty("evac.telegram.webhook-url"))
				&& StringUtils.hasText(context.getEnvironment().getProperty("evac.telegram.token"));
		return webhook ? ConditionOutcome.match("webhook mode") : ConditionOutcome.noMatch("long polling");
	}

	/** The opposite: long polling. */
	static class Off extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionOutcome webhook = new WebhookMode().getMatchOutcome(context, metadata);
			return webhook.isMatch() ? ConditionOutcome.noMatch("webhook mode")
					: ConditionOutcome.match("long polling");
		}

	}

}
