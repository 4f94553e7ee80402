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
		assertThat(service("admin").get("ports")).isNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void onlyTheTlsProxyIsReachableAndMongoAsksForAPassword() throws IOException {
		Map<String, Object> proxy = service("proxy");
		Map<String, Object> mongo = service("mongo");
		Map<String, Object> admin = service("admin");

		assertThat(proxy.get("image").toString()).startsWith("caddy");
		assertThat((List<Object>) proxy.get("ports")).contains("443:443");
		assertThat(Files.readString(ROOT.resolve("Caddyfile"))).contains("reverse_proxy admin:8080");
		assertThat(((Map<String, Object>) admin.get("environment")).get("EVAC_TRUSTED_PROXIES")).isEqualTo(
				((Map<String, Object>) ((Map<String, Object>) proxy.get("networks")).get("evac")).get("ipv4_address"));
		assertThat(service("bot").get("ports")).isNull();
		assertThat(mongo.get("ports")).isNull();
		assertThat(((Map<String, Object>) mongo.get("environment")).get("MONGO_INITDB_ROOT_PASSWORD").toString())
			.contains("MONGO_ROOT_PASSWORD");
		assertThat((List<Object>) mongo.get("command")).contains("--keyFile");
		assertThat(((Map<String, Object>) admin.get("environment")).get("MONGODB_URI").toString())
			.contains("${MONGO_ROOT_PASSWORD}@mongo");
	}

	@Test
	void theImageIsBuiltWithoutSecretsOrLocalData() throws IOException {
		assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains(".env", "data/", "target/", ".git");
	}

	@Test
	void secretsStayOutOfTheRepository() throws IOException {
		assertThat(Files.readString(ROOT.resolve(".gitignore"))).contains(".env");
		assertThat(Files.readString(ROOT.resolve(".env.example"))).contains("TELEGRAM_BOT_TOKEN=")
			.contains("EVAC_ADMIN_PASSWORD=");
		assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("USER evac").contains("HEALTHCHECK");
	}

}
