package org.evac.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production compose file, checked without a Docker engine (none runs where evac is
 * built): MongoDB as a replica set with a health check, the bot and the admin API from
 * one image, secrets from .env, the data in a named volume.
 */
class ComposeFileTest {

	private static final Path ROOT = Path.of("..");

	@SuppressWarnings("unchecked")
	private static Map<String, Object> compose() throws IOException {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
			return new Yaml(options).load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) throws IOException {
		return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
	}

	@Test
	@SuppressWarnings("unchecked")
	void mongoRunsAsAReplicaSetThatInitiatesItselfAndKeepsItsDataInAVolume() throws IOException {
		Map<String, Object> mongo = service("mongo");

		assertThat(mongo.get("image")).isEqualTo("mongo:7");
		assertThat((List<Object>) mongo.get("command")).containsSequence("--replSet", "rs0");
		assertThat(mongo.get("healthcheck").toString()).contains("rs.initiate");
		assertThat((List<Object>) mongo.get("volumes")).contains("mongo-data:/data/db");
		assertThat((Map<String, Object>) compose().get("volumes")).containsKey("mongo-data");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theBotAndTheAdminApiRunFromOneImageWithTheirOwnRole() throws IOException {
		for (String name : List.of("bot", "admin")) {
			Map<String, Object> service = service(name);
			Map<String, Object> environment = (Map<String, Object>) service.get("environment");

			assertThat(service.get("image")).isEqualTo("evac:latest");
			assertThat(service.get("env_file")).isEqualTo(".env");
			assertThat(environment.get("EVAC_ROLES")).isEqualTo(name);
			assertThat(environment.get("MONGODB_URI").toString()).contains("replicaSet=rs0");
			assertThat(service.get("healthcheck").toString()).contains("/actuator/health");
			assertThat(((Map<String, Object>) service.get("depends_on")).get("mongo").toString())
				.contains("service_healthy");
		}
		assertThat(service("admin").get("ports").toString()).contains("EVAC_ADMIN_PORT");
	}

	@Test
	void secretsStayOutOfTheRepository() throws IOException {
		assertThat(Files.readString(ROOT.resolve(".gitignore"))).contains(".env");
		assertThat(Files.readString(ROOT.resolve(".env.example"))).contains("TELEGRAM_BOT_TOKEN=")
			.contains("EVAC_ADMIN_PASSWORD=");
		assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("USER evac").contains("HEALTHCHECK");
	}

}
