package org.evac.bot.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.Places;
import org.evac.domain.place.SaferTown;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;

/** The conversation's places: the register for settlements, the database for the rest. */
public class PlacesDirectory implements Directory {

	/** Further than this, the nearest known settlement is a guess, not an answer. */
	static final double NEAREST_WITHIN_KM = 25;

	private final Places places;

	private final SettlementRegister register;

	private final Supplier<List<LocalizedName>> checklist;

	public PlacesDirectory(Places places, SettlementRegister register) {
		this(places, register, List::of);
	}

	/**
	 * @param checklist what to bring to the pickup (the seed file's list)
	 */
	public PlacesDirectory(Places places, SettlementRegister register, Supplier<List<LocalizedName>> checklist) {
		this.places = places;
		this.register = register;
		this.checklist = checklist;
	}

	@Override
	public List<LocalizedName> pickupChecklist() {
		return this.checklist.get();
	}

	@Override
	public List<Oblast> oblasts() {
		return this.places.oblasts();
	}

	@Override
	public Optional<Oblast> oblast(String code) {
		return (code == null) ? Optional.empty() : this.places.oblast(code);
	}

	@Override
	public List<Oblast> destinationsFrom(String ownOblast) {
		return this.places.destinationsFrom(ownOblast);
	}

	@Override
	public List<SaferTown> saferTowns(String oblastCode) {
		return this.places.saferTowns(oblastCode);
	}

	@Override
	public Optional<SaferTown> saferTown(String code) {
		return this.places.saferTown(code);
	}

	@Override
	public List<Hotline> hotlines(String oblastCode) {
		return this.places.hotlines(oblastCode);
	}

	/** Of equal names, those in front-line oblasts are the likelier. */
	@Override
	public List<Settlement> settlementsNamed(String typed) {
		Set<String> frontline = this.places.oblasts()
			.stream()
			.filter(Oblast::frontline)
			.map(Oblast::code)
			.collect(Collectors.toSet());
		return this.register.named(typed, Comparator.comparing((Settlement s) -> !frontline.contains(s.oblastCode())));
	}

	@Override
	public Optional<Settlement> settlement(String code) {
		return this.register.byCode(code);
	}

	@Override
	public Optional<Settlement> nearestSettlement(GeoPoint point) {
		return this.register.nearest(point, NEAREST_WITHIN_KM);
	}

}
