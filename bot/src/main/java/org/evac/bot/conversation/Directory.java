package org.evac.bot.conversation;

import java.util.List;
import java.util.Optional;

import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Oblast;
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

	Optional<Settlement> settlement(String code);

	/** The nearest settlement whose location is known, if near enough to be likely. */
	Optional<Settlement> nearestSettlement(GeoPoint point);

	/** What to bring to the pickup, sent at filing and again before the pickup. */
	default List<LocalizedName> pickupChecklist() {
		return List.of();
	}

}
