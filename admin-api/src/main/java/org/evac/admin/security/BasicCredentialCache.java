package org.evac.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.evac.admin.security.AccountSessions.SessionOwner;

import org.springframework.security.core.GrantedAuthority;

/**
 * HTTP Basic credentials this instance verified a moment ago, so that a script calling
 * many times pays for bcrypt once a minute rather than on every call. An entry is found
 * by an HMAC of username and password under a key made at start-up and never stored: the
 * password is not kept, nor anything that could be checked against a guess outside this
 * process. An entry holds the account as it was when verified ({@link SessionOwner}); it
 * is worthless once the account is disabled or given a new password or role, which
 * {@link AccountSessions} notices at once on this instance and within its recheck time on
 * the others.
 */
class BasicCredentialCache {

	private static final int FORGET_ABOVE = 10_000;

	private final AccountSessions sessions;

	private final long keepNanos;

	private final SecretKeySpec key;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	BasicCredentialCache(AccountSessions sessions, Duration keepFor) {
		this.sessions = sessions;
		this.keepNanos = keepFor.toNanos();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * The authorities of a credential verified lately, while its account is unchanged.
	 */
	Optional<Collection<? extends GrantedAuthority>> lookUp(String username, String password) {
		if (this.keepNanos <= 0) {
			return Optional.empty();
		}
		String key = keyOf(username, password);
		Verified entry = this.verified.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		if (System.nanoTime() - entry.at() > this.keepNanos || !entry.owner().username().equals(username)
				|| !this.sessions.stillValid(entry.owner())) {
			this.verified.remove(key, entry);
			return Optional.empty();
		}
		return Optional.of(entry.authorities());
	}

	/** Remembers a credential bcrypt has just accepted. */
	void remember(String username, String password, Collection<? extends GrantedAuthority> authorities) {
		if (this.keepNanos <= 0) {
			return;
		}
		if (this.verified.size() > FORGET_ABOVE) {
			this.verified.clear();
		}
		this.verified.put(keyOf(username, password),
				new Verified(this.sessions.ownerAtLogin(username), authorities, System.nanoTime()));
	}

	int size() {
		return this.verified.size();
	}

	private String keyOf(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Verified(SessionOwner owner, Collection<? extends GrantedAuthority> authorities, long at) {
	}

}
