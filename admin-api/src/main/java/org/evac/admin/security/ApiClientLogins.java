package org.evac.admin.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The logins of API clients, put into the filter chain ahead of Spring's HTTP Basic: a
 * personal access token ({@link BearerTokenLogin}) and Basic with a short cache of
 * verified credentials ({@link CachedBasicLogin}).
 */
class ApiClientLogins extends AbstractHttpConfigurer<ApiClientLogins, HttpSecurity> {

	private final BearerTokenLogin bearer;

	private final BasicCredentialCache cache;

	private final AuthenticationManager passwords;

	ApiClientLogins(BearerTokenLogin bearer, BasicCredentialCache cache, AuthenticationManager passwords) {
		this.bearer = bearer;
		this.cache = cache;
		this.passwords = passwords;
	}

	@Override
	public void configure(HttpSecurity http) {
		http.addFilterBefore(this.bearer, BasicAuthenticationFilter.class)
			.addFilterBefore(new CachedBasicLogin(this.cache, this.passwords, new ApiEntryPoint()),
					BasicAuthenticationFilter.class);
	}

}
