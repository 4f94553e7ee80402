package org.evac.admin.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from. {@code X-Forwarded-For} is believed only when the
 * request reaches us from a proxy named in {@code EVAC_TRUSTED_PROXIES}: anyone else
 * could write any address there. Behind such a proxy the client is the last address in
 * the header that is not itself a trusted proxy.
 */
class ClientAddress {

	private final Set<String> trustedProxies;

	ClientAddress(List<String> trustedProxies) {
		this.trustedProxies = Set.copyOf(trustedProxies);
	}

	String of(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || !this.trustedProxies.contains(remote)) {
			return remote;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !this.trustedProxies.contains(hop)) {
				return hop;
			}
		}
		return remote;
	}

}
