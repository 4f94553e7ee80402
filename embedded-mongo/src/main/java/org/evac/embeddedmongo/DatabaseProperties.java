package org.evac.embeddedmongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where evac keeps its data.
 *
 * @param uri connection string of a real MongoDB server ({@code MONGODB_URI}); when
 * blank, evac starts its own embedded MongoDB-wire-protocol server and nothing needs
 * installing
 * @param dataDir directory of the embedded server's file ({@code EVAC_DATA_DIR}, default
 * {@code ./data}); ignored when {@code uri} is set
 * @param inMemory keep the embedded server's data in memory only (tests, benchmarks);
 * default false
 * @param database name of the database evac uses, default {@code evac}
 */
@ConfigurationProperties("evac.database")
public record DatabaseProperties(String uri, @DefaultValue("./data") Path dataDir, boolean inMemory,
		@DefaultValue("evac") String database) {

	public boolean embedded() {
		return this.uri == null || this.uri.isBlank();
	}

}
