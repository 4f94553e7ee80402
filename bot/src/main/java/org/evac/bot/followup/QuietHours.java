package org.evac.bot.followup;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Hours of the residents' night in which they get no reminders; may run past midnight
 * ({@code 22:00-07:00}).
 *
 * @param from start, or null when there are none
 * @param to end (exclusive)
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

	/** {@code HH:mm-HH:mm}; blank means none. */
	public static QuietHours parse(String spec, ZoneId zone) {
		if (spec == null || spec.isBlank()) {
			return new QuietHours(null, null, zone);
		}
		String[] parts = spec.trim().split("\\s*-\\s*");
		try {
			if (parts.length == 2) {
				LocalTime from = LocalTime.parse(parts[0]);
				LocalTime to = LocalTime.parse(parts[1]);
				if (!from.equals(to)) {
					return new QuietHours(from, to, zone);
				}
			}
		}
		catch (DateTimeParseException ex) {
			// said below
		}
		throw new IllegalArgumentException("Quiet hours must look like 22:00-07:00, not '" + spec + "'");
	}

	public boolean contains(Instant at) {
		if (this.from == null) {
			return false;
		}
		LocalTime time = at.atZone(this.zone).toLocalTime();
		return this.from.isBefore(this.to) ? !time.isBefore(this.from) && time.isBefore(this.to)
				: !time.isBefore(this.from) || time.isBefore(this.to);
	}

	/** {@code at}, or the end of the quiet hours it falls in. */
	public Instant notBefore(Instant at) {
		if (!contains(at)) {
			return at;
		}
		ZonedDateTime local = at.atZone(this.zone);
		ZonedDateTime end = local.with(this.to);
		return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
	}

}
