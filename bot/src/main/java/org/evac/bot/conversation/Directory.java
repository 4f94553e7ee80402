package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Nearby;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.PlaceMatch;
import org.evac.domain.place.SaferTown;
import org.evac.domain.place.Settlement;

/** The places and hotlines the conversation offers. */
public interface Directory {

	List<Oblast> oblasts();

	Optional<Oblast> oblast(String code);

	/** Oblasts a resident of {@code ownOblast} can choose to go to. */
	List<Oblast> destinationsFrom(String ownOblast);

	List<SaferTown> saferTowns(String oblastCode);

	Optional<SaferTown> saferTown(String code);

	List<Hotline> hotlines(String oblastCode);

	/** Settlements with this name, most likely first. */
	List<Settlement> settlementsNamed(String typed);

	/**
	 * The settlements a typed name may mean, however spelled, most likely first, and
	 * whether the first may be taken without asking.
	 */
	PlaceMatch matchSettlement(String typed);

	/** Whether the settlement is in occupied territory, where crews cannot go. */
	boolean isOccupied(String settlementCode);

	Optional<Settlement> settlement(String code);

	/**
	 * The nearest settlement with a point of its own (never a hromada's centroid), with
	 * its distance, if near enough to be where the resident is.
	 */
	Optional<Nearby> nearestSettlement(GeoPoint point);

	/**
	 * A settlement of the hromada a point is likely in (its centroid is the closest), if
	 * any is near: to name the area, not the settlement.
	 */
	Optional<Settlement> hromadaAround(GeoPoint point);

	/** What to bring to the pickup, sent at filing and again before the pickup. */
	default List<LocalizedName> pickupChecklist() {
		return List.of();
	}

}
