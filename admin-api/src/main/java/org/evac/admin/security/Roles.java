package org.evac.admin.security;

/**
 * The role an endpoint needs is written on the endpoint ({@code @PreAuthorize}); every
 * other endpoint under {@code /api} needs a login of either role.
 */
public final class Roles {

	/** Managing accounts, export, the audit, merging, editing reference data. */
	public static final String COORDINATOR_ONLY = "hasRole('COORDINATOR')";

	private Roles() {
	}

}
