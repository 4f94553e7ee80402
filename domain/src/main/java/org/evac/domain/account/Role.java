package org.evac.domain.account;

/**
 * Admins manage teams and see every team's requests (the first account is one);
 * coordinators manage accounts, see all of their team's requests, export and edit
 * reference data; volunteers work their team's queue and the requests they claimed.
 */
public enum Role {

	ADMIN, COORDINATOR, VOLUNTEER

}
