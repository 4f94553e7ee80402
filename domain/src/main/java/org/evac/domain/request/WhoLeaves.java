package org.evac.domain.request;

/** Whom a request is for: the person writing (and those with them), or someone else. */
public enum WhoLeaves {

	SELF, SOMEONE_ELSE

}
