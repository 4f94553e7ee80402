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
import org.evac.domain.place.Nearby;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.OccupiedPlaces;
import org.evac.domain.place.PlaceMatch;
import org.evac.domain.place.PlaceMatcher;
import org.evac.domain.place.Places;
import org.evac.domain.place.SaferTown;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;

/** The conversation's places: the register for settlements, the database for the rest. */
public class PlacesDirectory implements Directory {

	private final Places places;

	private final SettlementRegister register;

	private final LocationProperties location;

	private final PlaceMatcher matcher;

	private final OccupiedPlaces occupied;

	private final Supplier<List<LocalizedName>> checklist;

	/**
	 * @param checklist what to bring to the pickup (the seed file's list)
	 */
	public PlacesDirectory(Places places, SettlementRegister register, LocationProperties location,
			PlaceMatcher matcher, OccupiedPlaces occupied, Supplier<List<LocalizedName>> checklist) {
		this.places = places;
		this.register = register;
		this.location = location;
		this.matcher = matcher;
		this.occupied = occupied;
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
	public Optional<Nearby> nearestSettlement(GeoPoint point) {
		return this.register.nearestOwnPoint(point, this.location.nearWithinKm());
	}

	@Override
	public Optional<Settlement> hromadaAround(GeoPoint point) {
		return this.register.nearestHromada(point, this.location.hromadaWithinKm()).map(Nearby::settlement);
	}

}
