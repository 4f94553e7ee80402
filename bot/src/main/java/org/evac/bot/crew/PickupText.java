package org.evac.bot.crew;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evac.domain.request.Pickup;

/**
 * A pickup typed on a phone: {@code 14:30 біля школи} (today, or tomorrow when that time
 * has passed) or {@code 25.12 09:00 вул. Миру, 5} (that day, next year when it has
 * passed); the words after the time are the place.
 */
final class PickupText {

	private static final Pattern TYPED = Pattern
		.compile("^(?:(\\d{1,2})\\.(\\d{1,2})\\.?\\s+)?(\\d{1,2})[:.](\\d{2})(?:\\s+(.*))?$", Pattern.DOTALL);

	private static final int MAX_PLACE = 300;

	private PickupText() {
	}

	static Optional<Pickup> parse(String text, Instant now, ZoneId zone) {
		Matcher m = TYPED.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			LocalTime time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
			ZonedDateTime today = now.atZone(zone);
			ZonedDateTime at;
			if (m.group(1) != null) {
				MonthDay day = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
				at = day.atYear(today.getYear()).atTime(time).atZone(zone);
				if (at.isBefore(today.minusDays(1))) {
					at = day.atYear(today.getYear() + 1).atTime(time).atZone(zone);
				}
			}
			else {
				LocalDate date = today.toLocalDate();
				at = date.atTime(time).atZone(zone);
				if (at.isBefore(today)) {
					at = date.plusDays(1).atTime(time).atZone(zone);
				}
			}
			String place = (m.group(5) == null || m.group(5).isBlank()) ? null : m.group(5).strip();
			if (place != null && place.length() > MAX_PLACE) {
				place = place.substring(0, MAX_PLACE);
			}
			return Optional.of(new Pickup(at.toInstant(), place));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty(); // 25:99, 31.02...
		}
	}

}
