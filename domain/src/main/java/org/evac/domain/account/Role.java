package org.evac.domain.account;

/**
 * Coordinators manage accounts, see everything, export and edit reference data;
 * volunteers work the queue and the requests they claimed.
 */
public enum Role {

	COORDINATOR, VOLUNTEER

}
