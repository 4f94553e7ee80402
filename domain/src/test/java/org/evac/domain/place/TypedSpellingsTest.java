package org.evac.domain.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Place names as residents of the front-line oblasts type them (Ukrainian in any case,
 * Russian, names before renaming, Latin look-alikes, apostrophes, transliterations and
 * English spellings, typos), each with the settlement meant, in
 * {@code places/typed-spellings.csv}. A spelling is recognised when its settlement is the
 * answer or among the candidates offered.
 */
class TypedSpellingsTest {

	static final SettlementRegister REGISTER = new SettlementRegister(new ClassPathResource("seeds/settlements.csv"));

	static final PlaceMatcher MATCHER = PlaceMatcher.of(REGISTER, new ClassPathResource("seeds/renamed-places.csv"));

	static final Set<String> FRONTLINE = frontlineOblasts();

	static final Predicate<String> IN_FRONTLINE = FRONTLINE::contains;

	record Spelling(String typed, String expectedCode, String kind) {
	}

	@Test
	void recognisesAtLeast95PercentOfTheSpellingsResidentsType() {
		List<Spelling> spellings = spellings();
		Map<String, int[]> byKind = new TreeMap<>();
		List<String> missed = new ArrayList<>();
		for (Spelling spelling : spellings) {
			PlaceMatch match = MATCHER.match(spelling.typed(), IN_FRONTLINE);
			boolean found = match.settlements().stream().anyMatch(s -> s.code().equals(spelling.expectedCode()));
			int[] counts = byKind.computeIfAbsent(spelling.kind(), k -> new int[2]);
			counts[0] += found ? 1 : 0;
			counts[1]++;
			if (!found) {
				missed.add(spelling.typed() + " (" + spelling.kind() + ") → "
						+ match.settlements().stream().map(s -> s.names().uk()).toList());
			}
		}
		int recognised = spellings.size() - missed.size();
		double rate = 100.0 * recognised / spellings.size();
		System.out.printf("Typed place names recognised: %d of %d (%.1f%%)%n", recognised, spellings.size(), rate);
		byKind.forEach((kind, c) -> System.out.printf("  %-10s %3d of %3d%n", kind, c[0], c[1]));
		missed.forEach(m -> System.out.println("  missed: " + m));
		assertThat(spellings).hasSizeGreaterThanOrEqualTo(150);
		assertThat(rate).isGreaterThanOrEqualTo(95.0);
	}

	@Test
	void coversEveryFrontLineOblastAndEveryKindOfSpelling() {
		List<Spelling> spellings = spellings();
		Set<String> oblasts = spellings.stream()
			.map(s -> REGISTER.byCode(s.expectedCode()).orElseThrow().oblastCode())
			.collect(Collectors.toSet());
		assertThat(oblasts).containsExactlyInAnyOrderElementsOf(FRONTLINE);
		assertThat(spellings.stream().map(Spelling::kind).distinct()).containsExactlyInAnyOrder("official", "russian",
				"renamed", "lookalike", "apostrophe", "latin", "typo");
	}

	static List<Spelling> spellings() {
		List<Spelling> spellings = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("places/typed-spellings.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					List<String> f = CsvLine.split(line);
					spellings.add(new Spelling(f.get(0), f.get(1), f.get(2)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return spellings;
	}

	private static Set<String> frontlineOblasts() {
		ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		try {
			List<Oblast> oblasts = json.readValue(new ClassPathResource("seeds/oblasts.json").getInputStream(),
					new TypeReference<List<Oblast>>() {
					});
			return oblasts.stream().filter(Oblast::frontline).map(Oblast::code).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
