package org.evac.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.places.GeoPoint;
import org.evac.places.Hotline;
import org.evac.places.Oblast;
import org.evac.places.PlaceMatch;
import org.evac.places.SaferTown;
import org.evac.places.Settlement;

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

	/** The nearest settlement whose location is known, if near enough to be likely. */
	Optional<Settlement> nearestSettlement(GeoPoint point);

}
