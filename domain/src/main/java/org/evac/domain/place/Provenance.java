package org.evac.domain.place;

import java.time.LocalDate;

/**
 * Where a hotline's number or a safer town was published, and when someone last checked
 * that it still holds. A number nobody checked for months may ring nowhere, and a "safer"
 * town may be under an evacuation order by now.
 *
 * @param source where it was published ("National Police of Donetsk Oblast, via Ukrainska
 * Pravda, 2023"), or null when nobody noted it
 * @param checkedOn the day it was last checked against its source, or null for never
 * @param checkedBy the coordinator who checked it, or null for the seed files
 */
public record Provenance(String source, LocalDate checkedOn, String checkedBy) {

	public static final Provenance UNKNOWN = new Provenance(null, null, null);

	/** Not checked since {@code days} days before {@code today}, or never. */
	public boolean uncheckedFor(int days, LocalDate today) {
		return this.checkedOn == null || this.checkedOn.isBefore(today.minusDays(days));
	}

	/** Checked on {@code today} by {@code coordinator}, against a new source if given. */
	public Provenance checked(String newSource, LocalDate today, String coordinator) {
		return new Provenance((newSource == null || newSource.isBlank()) ? this.source : newSource.strip(), today,
				coordinator);
	}

	/**
	 * The one of the two checked later: a coordinator's check outlives an older seed
	 * file, and a newer seed file's check replaces an older one.
	 */
	static Provenance fresherOf(Provenance stored, Provenance seeded) {
		LocalDate storedOn = orUnknown(stored).checkedOn();
		LocalDate seededOn = orUnknown(seeded).checkedOn();
		return (storedOn != null && (seededOn == null || !storedOn.isBefore(seededOn))) ? stored : seeded;
	}

	static Provenance orUnknown(Provenance provenance) {
		return (provenance == null) ? UNKNOWN : provenance;
	}

}
