package org.evac.bot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evac.domain.i18n.LocalizedName;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.Hotline;
import org.evac.domain.place.Nearby;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.PlaceMatch;
import org.evac.domain.place.PlaceMatcher;
import org.evac.domain.place.SaferTown;
import org.evac.domain.place.Settlement;
import org.evac.domain.place.SettlementRegister;

import org.springframework.core.io.ClassPathResource;

/**
 * The places of the real seed files, held in memory the way the production adapter offers
 * them: oblasts by code, safer towns by name, the oblast's own hotlines first, and
 * settlements of a name with cities first, then the front-line oblasts'.
 */
final class InMemoryDirectory implements Directory {

	/** How far a shared location is named, as in production by default. */
	static final LocationProperties LOCATION = LocationProperties.defaults();

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private static InMemoryDirectory fromSeeds;

	private final SettlementRegister register;

	private final PlaceMatcher matcher;

	private final Set<String> occupied;

	private final List<Oblast> oblasts;

	private final List<SaferTown> saferTowns;

	private final List<Hotline> hotlines;

	private final Set<String> frontline;

	private InMemoryDirectory(SettlementRegister register, PlaceMatcher matcher, Set<String> occupied,
			List<Oblast> oblasts, List<SaferTown> saferTowns, List<Hotline> hotlines) {
		this.register = register;
		this.matcher = matcher;
		this.occupied = Set.copyOf(occupied);
		this.oblasts = oblasts.stream().sorted(Comparator.comparing(Oblast::code)).toList();
		this.saferTowns = saferTowns.stream().sorted(Comparator.comparing((SaferTown t) -> t.names().uk())).toList();
		this.hotlines = hotlines.stream()
			.sorted(Comparator.comparing((Hotline h) -> h.oblastCode() == null ? 1 : 0).thenComparing(Hotline::code))
			.toList();
		this.frontline = oblasts.stream().filter(Oblast::frontline).map(Oblast::code).collect(Collectors.toSet());
	}

	/** The seeds are read once: the register has some 30,000 rows. */
	@Override
	public List<LocalizedName> pickupChecklist() {
		return read("pickup-checklist.json", new TypeReference<Map<String, List<LocalizedName>>>() {
		}).get("items");
	}

	static synchronized InMemoryDirectory fromSeeds() {
		if (fromSeeds == null) {
			SettlementRegister register = new SettlementRegister(new ClassPathResource("seeds/settlements.csv"));
			fromSeeds = new InMemoryDirectory(register,
					PlaceMatcher.of(register, new ClassPathResource("seeds/renamed-places.csv")), Set.of(),
					read("oblasts.json", new TypeReference<List<Oblast>>() {
					}), read("safer-towns.json", new TypeReference<List<SaferTownSeed>>() {
					}).stream().map(SaferTownSeed::toSaferTown).toList(),
					read("hotlines.json", new TypeReference<List<Hotline>>() {
					}));
		}
		return fromSeeds;
	}

	/** The same places, with these settlements marked occupied. */
	InMemoryDirectory withOccupied(String... settlementCodes) {
		return new InMemoryDirectory(this.register, this.matcher, Set.of(settlementCodes), this.oblasts,
				this.saferTowns, this.hotlines);
	}

	private static <T> T read(String name, TypeReference<T> type) {
		try (InputStream in = new ClassPathResource("seeds/" + name).getInputStream()) {
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + name, ex);
		}
	}

	@Override
	public List<Oblast> oblasts() {
		return this.oblasts;
	}

	@Override
	public Optional<Oblast> oblast(String code) {
		return this.oblasts.stream().filter(o -> o.code().equals(code)).findFirst();
	}

	@Override
	public List<Oblast> destinationsFrom(String ownOblast) {
		return this.oblasts.stream().filter(o -> o.acceptsEvacuees() && !o.code().equals(ownOblast)).toList();
	}

	@Override
	public List<SaferTown> saferTowns(String oblastCode) {
		return this.saferTowns.stream().filter(t -> t.oblastCode().equals(oblastCode)).toList();
	}

	@Override
	public Optional<SaferTown> saferTown(String code) {
		return this.saferTowns.stream().filter(t -> t.code().equals(code)).findFirst();
	}

	@Override
	public List<Hotline> hotlines(String oblastCode) {
		return this.hotlines.stream().filter(h -> h.servesOblast(oblastCode)).toList();
	}

	@Override
	public List<Settlement> settlementsNamed(String typed) {
		return this.register.named(typed,
				Comparator.comparing((Settlement s) -> !this.frontline.contains(s.oblastCode()))
					.thenComparing(Settlement::code));
	}

	@Override
	public PlaceMatch matchSettlement(String typed) {
		return this.matcher.match(typed, this.frontline::contains);
	}

	@Override
	public boolean isOccupied(String settlementCode) {
		return this.occupied.contains(settlementCode);
	}

	@Override
	public Optional<Settlement> settlement(String code) {
		return this.register.byCode(code);
	}

	@Override
	public Optional<Nearby> nearestSettlement(GeoPoint point) {
		return this.register.nearestOwnPoint(point, LOCATION.nearWithinKm());
	}

	@Override
	public Optional<Settlement> hromadaAround(GeoPoint point) {
		return this.register.nearestHromada(point, LOCATION.hromadaWithinKm()).map(Nearby::settlement);
	}

	private record SaferTownSeed(String code, String oblastCode, LocalizedName names, Double lat, Double lon) {

		SaferTown toSaferTown() {
			return new SaferTown(this.code, this.oblastCode, this.names,
					(this.lat == null || this.lon == null) ? null : new GeoPoint(this.lat, this.lon));
		}

	}

}
