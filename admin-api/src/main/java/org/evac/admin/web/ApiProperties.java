package org.evac.admin.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest request body the admin API reads (default {@code 64KB});
 * a larger one is refused with 413
 */
@ConfigurationProperties("evac.api")
public record ApiProperties(@DefaultValue("64KB") DataSize maxBodySize) {

}
