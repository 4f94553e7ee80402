package org.evac.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fast evac may send, within Telegram's limits.
 *
 * @param maxPerSecond messages a second to all chats together
 * ({@code EVAC_TELEGRAM_MAX_PER_SECOND}, default 30, Telegram's limit)
 * @param perChatPerSecond sustained messages a second to one private chat (default 1)
 * @param perChatBurst messages one chat may get at once before the sustained rate applies
 * (default 3: an acknowledgement and the next question)
 * @param perGroupPerMinute messages a minute to one group chat (default 20)
 * @param senders threads sending in parallel (default 8: Telegram answers in tens of
 * milliseconds)
 * @param pollEvery how often queued messages of other instances, or left by a crash, are
 * looked for (default 1s)
 * @param firstBackoff wait after the first failure of a transient kind (default 1s),
 * doubling each time with jitter
 * @param maxBackoff the longest wait between two attempts (default 60s)
 */
@ConfigurationProperties("evac.delivery")
public record DeliveryProperties(@DefaultValue("30") int maxPerSecond, @DefaultValue("1") int perChatPerSecond,
		@DefaultValue("3") int perChatBurst, @DefaultValue("20") int perGroupPerMinute, @DefaultValue("8") int senders,
		@DefaultValue("1s") Duration pollEvery, @DefaultValue("1s") Duration firstBackoff,
		@DefaultValue("60s") Duration maxBackoff) {

}
