package org.evac.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evac.bench.report.Latency;
import org.evac.domain.place.Oblast;
import org.evac.domain.place.PlaceMatch;
import org.evac.domain.place.PlaceMatcher;
import org.evac.domain.place.SettlementRegister;

import org.springframework.core.io.ClassPathResource;

/**
 * How long finding a typed place name takes over the whole register: the table of
 * spellings residents type (core's {@code typed-spellings.csv}), looked up again and
 * again in one thread, each lookup timed. Prints the time to build the index and p50, p99
 * and the slowest lookup. Run from the repository root, after packaging the bench:
 * {@code java -cp bench/target/evac-bench.jar org.evac.bench.PlaceLookups [spellings.csv] [rounds]}.
 */
public final class PlaceLookups {

	private static final Path SPELLINGS = Path.of("core/src/test/resources/places/typed-spellings.csv");

	private PlaceLookups() {
	}

	public static void main(String[] args) throws IOException {
		Path file = (args.length > 0) ? Path.of(args[0]) : SPELLINGS;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		List<String> typed = Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.filter(line -> !line.isBlank())
			.map(line -> line.startsWith("\"") ? line.substring(1, line.indexOf("\",")).replace("\"\"", "\"")
					: line.substring(0, line.indexOf(',')))
			.toList();
		Set<String> frontline = frontline();

		long start = System.nanoTime();
		SettlementRegister register = new SettlementRegister(new ClassPathResource("seeds/settlements.csv"));
		PlaceMatcher matcher = PlaceMatcher.of(register, new ClassPathResource("seeds/renamed-places.csv"));
		double buildMs = (System.nanoTime() - start) / 1e6;

		int found = 0;
		for (int round = 0; round < rounds / 4; round++) {
			for (String name : typed) {
				found += matcher.match(name, frontline::contains).candidates().size();
			}
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] millis = new double[rounds * typed.size()];
		double[] cpuMillis = new double[rounds * typed.size()];
		int i = 0;
		for (int round = 0; round < rounds; round++) {
			for (String name : typed) {
				long cpu = threads.getCurrentThreadCpuTime();
				long t = System.nanoTime();
				PlaceMatch match = matcher.match(name, frontline::contains);
				millis[i] = (System.nanoTime() - t) / 1e6;
				cpuMillis[i++] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
				found += match.candidates().size();
			}
		}
		Latency latency = Latency.of(millis);
		Latency cpu = Latency.of(cpuMillis);
		System.out.printf(
				"Place lookups: %,d settlements, %,d names indexed, built in %.0f ms (register read included)%n",
				matcher.size(), matcher.names(), buildMs);
		System.out.printf(
				"  %d spellings × %d rounds (after %d rounds of warm-up): p50 %.3f ms, p95 %.3f ms, "
						+ "p99 %.3f ms, max %.3f ms, mean %.3f ms (%d candidates offered)%n",
				typed.size(), rounds, rounds / 4, latency.p50(), latency.p95(), latency.p99(), latency.max(),
				latency.mean(), found);
		// on a busy machine the wall clock also counts the time the thread waited for a
		// core
		System.out.printf("  CPU time of the lookup thread: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms; "
				+ "load average %s%n", cpu.p50(), cpu.p95(), cpu.p99(), cpu.max(), Machine.load());
	}

	private static Set<String> frontline() throws IOException {
		ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		try (InputStream in = new ClassPathResource("seeds/oblasts.json").getInputStream()) {
			List<Oblast> oblasts = json.readValue(in, new TypeReference<List<Oblast>>() {
			});
			return oblasts.stream().filter(Oblast::frontline).map(Oblast::code).collect(Collectors.toSet());
		}
	}

}
