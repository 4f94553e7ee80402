package org.evac.admin.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.evac.domain.account.Account;
import org.evac.domain.account.Accounts;
import org.evac.domain.account.Role;

/**
 * Ties a page session to the account as it was at login. A session whose account has
 * since been disabled, removed, given a new password or another role is over: every
 * instance reads the account again after {@link SessionProperties#recheckAfter()} at
 * most, so the sessions end everywhere without shared session storage.
 */
public class AccountSessions {

	private static final int FORGET_ABOVE = 10_000;

	private final Accounts accounts;

	private final long recheckNanos;

	private final Map<String, Seen> seen = new ConcurrentHashMap<>();

	AccountSessions(Accounts accounts, SessionProperties properties) {
		this.accounts = accounts;
		this.recheckNanos = properties.recheckAfter().toNanos();
	}

	/** What a session remembers of its account at login. */
	SessionOwner ownerAtLogin(String username) {
		changed(username); // the account as it is now, not as this instance last read it
		return new SessionOwner(username, fingerprint(username).orElse(""));
	}

	/** True while the account is still the one that logged in. */
	boolean stillValid(SessionOwner owner) {
		return fingerprint(owner.username()).map(owner.fingerprint()::equals).orElse(false);
	}

	/**
	 * The account changed here: forget what this instance knew of it, so its sessions end
	 * on their next call.
	 */
	public void changed(String username) {
		this.seen.remove(username);
	}

	private Optional<String> fingerprint(String username) {
		return Optional.ofNullable(seen(username).fingerprint());
	}

	/**
	 * The role of the account while it is enabled, as this instance last read it: a
	 * disabled account is noticed at once here ({@link #changed(String)}) and within
	 * {@link SessionProperties#recheckAfter()} elsewhere, as for sessions.
	 */
	Optional<Role> enabledRole(String username) {
		return Optional.ofNullable(seen(username).role());
	}

	/** The account must change its generated password before anything else. */
	public boolean passwordChangeDue(String username) {
		return seen(username).passwordChangeDue();
	}

	/**
	 * The account changed its own password in this session: the session goes on (the
	 * account's other sessions end).
	 */
	public void keep(HttpServletRequest request, String username) {
		changed(username);
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LiveAccountCheck.OWNER) != null) {
			session.setAttribute(LiveAccountCheck.OWNER, ownerAtLogin(username));
		}
	}

	private Seen seen(String username) {
		long now = System.nanoTime();
		Seen cached = this.seen.get(username);
		if (cached != null && now - cached.at() < this.recheckNanos) {
			return cached;
		}
		if (this.seen.size() > FORGET_ABOVE) {
			this.seen.clear();
		}
		Optional<Account> account = this.accounts.byUsername(username).filter(Account::enabled);
		Seen fresh = new Seen(account.map(AccountSessions::fingerprintOf).orElse(null),
				account.map(Account::role).orElse(null), account.map(Account::passwordChangeDue).orElse(false), now);
		this.seen.put(username, fresh);
		return fresh;
	}

	/** Changes with the role and the password; never reveals the hash. */
	private static String fingerprintOf(Account account) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((account.role() + ":" + account.passwordHash()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What an enabled account looked like; fingerprint and role null when it is not. */
	private record Seen(String fingerprint, Role role, boolean passwordChangeDue, long at) {
	}

	/** Kept in the session: whose it is, and what their account looked like. */
	record SessionOwner(String username, String fingerprint) implements Serializable {
	}

}
