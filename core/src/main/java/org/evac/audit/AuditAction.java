package org.evac.audit;

/** What someone did with a request. */
public enum AuditAction {

	LIST_REQUESTS, READ_REQUEST, CLAIM, RELEASE, CHANGE_STATUS, ADD_NOTE, SEND_MESSAGE, MERGE, EXPORT, EXPORT_PERSONAL,
	ERASED_BY_RESIDENT, RETENTION_ERASE

}
