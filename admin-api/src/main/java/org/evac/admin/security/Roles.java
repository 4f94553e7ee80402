package org.evac.admin.security;

import org.evac.domain.account.Role;

/**
 * The role an endpoint needs is written on the endpoint ({@code @PreAuthorize}); every
 * other endpoint under {@code /api} needs a login of either role.
 */
public final class Roles {

	/** Managing accounts, export, the audit, merging, editing reference data. */
	public static final String COORDINATOR_ONLY = "hasRole('COORDINATOR')";

	/** Managing teams. */
	public static final String ADMIN_ONLY = "hasRole('ADMIN')";

	/** An admin may also do all that a coordinator may. */
	public static String[] granted(Role role) {
		return (role == Role.ADMIN) ? new String[] { Role.ADMIN.name(), Role.COORDINATOR.name() }
				: new String[] { role.name() };
	}

	private Roles() {
	}

}
