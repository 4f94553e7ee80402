package org.evac.bot.followup;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When evac follows up on its own. Durations are ISO-8601 ({@code PT1H}, {@code P1D}) or
 * short ({@code 10s}), so tests can run the whole cycle in seconds.
 *
 * @param enabled follow-ups run (default true; they run only where the bot runs)
 * @param tick how often due reminders are looked for and sent
 * ({@code EVAC_REMINDERS_TICK}, default 10s): a reminder goes out at most this long after
 * it is due
 * @param abandonedAfter a resident who stopped in the middle of the questions is nudged
 * once after this long ({@code EVAC_REMINDERS_ABANDONED_AFTER}, default PT1H)
 * @param abandonedLastAfter and for the last time after this long
 * ({@code EVAC_REMINDERS_ABANDONED_LAST_AFTER}, default PT24H); both counted from their
 * last answer
 * @param checkinEvery a NEW or IN_PROGRESS request is checked on this long after it was
 * filed, last asked or last answered ({@code EVAC_REMINDERS_CHECKIN_EVERY}, default P1D)
 * @param deferredAfter a request the resident postponed is asked about again after this
 * long ({@code EVAC_REMINDERS_DEFERRED_AFTER}, default P3D)
 * @param escalateAfterMissed check-ins in a row left unanswered before volunteers are
 * told ({@code EVAC_REMINDERS_ESCALATE_AFTER_MISSED}, default 2; 0 never)
 * @param unclaimedAfter a NEW request nobody took for this long is raised and volunteers
 * are told ({@code EVAC_REMINDERS_UNCLAIMED_AFTER}, default PT12H)
 * @param beforePickup the resident is reminded this long before a scheduled pickup
 * ({@code EVAC_REMINDERS_BEFORE_PICKUP}, default PT2H)
 * @param quietHours when residents get no reminders, e.g. {@code 22:00-07:00}
 * ({@code EVAC_REMINDERS_QUIET_HOURS}, default empty: none); what comes due then waits
 * for the morning, in the residents' zone ({@code EVAC_ZONE}). Pickup reminders and the
 * volunteers' notices do not wait.
 * @param lease how long an instance holds a reminder it is sending before another may
 * take it over (default 15s); keep it shorter than {@code evac.outbox.lease}, so that
 * after a crash the reminder is found again while its message still waits in the outbox
 */
@ConfigurationProperties("evac.reminders")
public record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration tick,
		@DefaultValue("PT1H") Duration abandonedAfter, @DefaultValue("PT24H") Duration abandonedLastAfter,
		@DefaultValue("P1D") Duration checkinEvery, @DefaultValue("P3D") Duration deferredAfter,
		@DefaultValue("2") int escalateAfterMissed, @DefaultValue("PT12H") Duration unclaimedAfter,
		@DefaultValue("PT2H") Duration beforePickup, @DefaultValue("") String quietHours,
		@DefaultValue("15s") Duration lease) {

	public ReminderProperties {
		QuietHours.parse(quietHours, ZoneOffset.UTC); // refuse a wrong setting at
														// start-up
	}

	/** The quiet hours in the residents' zone. */
	public QuietHours quiet(ZoneId zone) {
		return QuietHours.parse(this.quietHours, zone);
	}

}
