package org.evac.domain.request;

import org.evac.domain.account.Role;

/**
 * Who may move a request on (status, note, message, release): the volunteer who claimed
 * it, and coordinators (admins too). A volunteer claims first, so nobody else chases the
 * same family. The page's casework and the crews' buttons in Telegram ask this one rule,
 * inside the change, against the newest version of the request.
 */
public final class WorkRule {

	private WorkRule() {
	}

	/** Coordinators, and admins, who may do all a coordinator may. */
	public static boolean coordinates(Role role) {
		return role == Role.COORDINATOR || role == Role.ADMIN;
	}

	/**
	 * @throws NotYours when {@code username} may not work on {@code request}
	 */
	public static void mayWorkOn(EvacuationRequest request, String username, Role role) {
		if (coordinates(role) || username.equals(request.claimedBy())) {
			return;
		}
		throw new NotYours(request.number(), request.claimedBy());
	}

}
