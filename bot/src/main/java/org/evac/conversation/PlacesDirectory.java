package org.evac.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.evac.places.GeoPoint;
import org.evac.places.Hotline;
import org.evac.places.Oblast;
import org.evac.places.OccupiedPlaces;
import org.evac.places.PlaceMatch;
import org.evac.places.PlaceMatcher;
import org.evac.places.Places;
import org.evac.places.SaferTown;
import org.evac.places.Settlement;
import org.evac.places.SettlementRegister;

/** The conversation's places: the register for settlements, the database for the rest. */
public class PlacesDirectory implements Directory {

	/** Further than this, the nearest known settlement is a guess, not an answer. */
	static final double NEAREST_WITHIN_KM = 25;

	private final Places places;

	private final SettlementRegister register;

	private final PlaceMatcher matcher;

	private final OccupiedPlaces occupied;

	public PlacesDirectory(Places places, SettlementRegister register, PlaceMatcher matcher, OccupiedPlaces occupied) {
		this.places = places;
		this.register = register;
		this.matcher = matcher;
		this.occupied = occupied;
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
		Set<String> frontline = frontline();
		return this.register.named(typed, Comparator.comparing((Settlement s) -> !frontline.contains(s.oblastCode())));
	}

	@Override
	public PlaceMatch matchSettlement(String typed) {
		return this.matcher.match(typed, frontline()::contains);
	}

	@Override
	public boolean isOccupied(String settlementCode) {
		return this.occupied.isOccupied(settlementCode);
	}

	/** As coordinators set them now. */
	private Set<String> frontline() {
		return this.places.oblasts().stream().filter(Oblast::frontline).map(Oblast::code).collect(Collectors.toSet());
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
