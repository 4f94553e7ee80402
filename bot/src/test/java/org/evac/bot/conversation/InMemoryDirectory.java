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
import org.evac.domain.place.Oblast;
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

	/** A shared location further than this from every known settlement names none. */
	static final double NEAR_ENOUGH_KM = PlacesDirectory.NEAREST_WITHIN_KM;

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private static InMemoryDirectory fromSeeds;

	private final SettlementRegister register;

	private final List<Oblast> oblasts;

	private final List<SaferTown> saferTowns;

	private final List<Hotline> hotlines;

	private final Set<String> frontline;

	private InMemoryDirectory(SettlementRegister register, List<Oblast> oblasts, List<SaferTown> saferTowns,
			List<Hotline> hotlines) {
		this.register = register;
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
			fromSeeds = new InMemoryDirectory(new SettlementRegister(new ClassPathResource("seeds/settlements.csv")),
					read("oblasts.json", new TypeReference<List<Oblast>>() {
					}), read("safer-towns.json", new TypeReference<List<SaferTownSeed>>() {
					}).stream().map(SaferTownSeed::toSaferTown).toList(),
					read("hotlines.json", new TypeReference<List<Hotline>>() {
					}));
		}
		return fromSeeds;
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
	public Optional<Settlement> settlement(String code) {
		return this.register.byCode(code);
	}

	@Override
	public Optional<Settlement> nearestSettlement(GeoPoint point) {
		return this.register.nearest(point, NEAR_ENOUGH_KM);
	}

	private record SaferTownSeed(String code, String oblastCode, LocalizedName names, Double lat, Double lon) {

		SaferTown toSaferTown() {
			return new SaferTown(this.code, this.oblastCode, this.names,
					(this.lat == null || this.lon == null) ? null : new GeoPoint(this.lat, this.lon));
		}

	}

}
