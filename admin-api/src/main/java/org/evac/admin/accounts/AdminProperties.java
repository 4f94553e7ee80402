package org.evac.admin.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password the first coordinator's password ({@code EVAC_ADMIN_PASSWORD}); used
 * only when no account exists yet. When blank, one is generated and printed once to the
 * console
 */
@ConfigurationProperties("evac.admin")
public record AdminProperties(String password) {

}
