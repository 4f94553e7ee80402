package org.evac.domain.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evac.domain.i18n.LocalizedName;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the files of the {@code seeds/} folder. */
public class SeedFiles {

	private final ResourceLoader resources;

	private final String location;

	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	public SeedFiles(ResourceLoader resources, SeedProperties properties) {
		this.resources = resources;
		this.location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
	}

	public Resource file(String name) {
		return this.resources.getResource(this.location + name);
	}

	List<Oblast> oblasts() {
		return read("oblasts.json", new TypeReference<List<Oblast>>() {
		});
	}

	List<Seed<SaferTown>> saferTowns() {
		return read("safer-towns.json", new TypeReference<List<SaferTownSeed>>() {
		}).stream().map(t -> new Seed<>(t.toSaferTown(), new Provenance(t.source, date(t.checkedOn), null))).toList();
	}

	List<Seed<Hotline>> hotlines() {
		return read("hotlines.json", new TypeReference<List<HotlineSeed>>() {
		}).stream()
			.map(h -> new Seed<>(new Hotline(h.code, h.oblastCode, h.phone, h.names, h.area),
					new Provenance(h.source, date(h.checkedOn), null)))
			.toList();
	}

	public List<LocalizedName> pickupChecklist() {
		return read("pickup-checklist.json", new TypeReference<Checklist>() {
		}).items();
	}

	/** {@code 2026-12-03}, or null for never checked. */
	private static LocalDate date(String checkedOn) {
		return (checkedOn == null || checkedOn.isBlank()) ? null : LocalDate.parse(checkedOn);
	}

	private <T> T read(String name, TypeReference<T> type) {
		try (InputStream in = file(name).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + name, ex);
		}
	}

	/** An entry of a seed file with where it was published and when it was checked. */
	record Seed<T>(T value, Provenance provenance) {
	}

	private record HotlineSeed(String code, String oblastCode, String phone, LocalizedName names, LocalizedName area,
			String source, String checkedOn) {
	}

	private record SaferTownSeed(String code, String oblastCode, LocalizedName names, Double lat, Double lon,
			String source, String checkedOn) {

		SaferTown toSaferTown() {
			return new SaferTown(this.code, this.oblastCode, this.names,
					(this.lat == null || this.lon == null) ? null : new GeoPoint(this.lat, this.lon));
		}

	}

	private record Checklist(List<LocalizedName> items) {
	}

}
