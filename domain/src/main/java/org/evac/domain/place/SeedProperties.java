package org.evac.domain.place;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed data is read from.
 *
 * @param location a Spring resource location ending in "/" ({@code EVAC_SEEDS_LOCATION});
 * default {@code classpath:seeds/}, the copy of the repository's {@code seeds/} folder
 * that the jar carries; point it at a directory ({@code file:/srv/evac/seeds/}) to use
 * edited files without rebuilding
 */
@ConfigurationProperties("evac.seeds")
public record SeedProperties(@DefaultValue("classpath:seeds/") String location) {

}
