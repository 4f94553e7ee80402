package org.evac.domain.audit;

/** What someone did with a request. */
public enum AuditAction {

	LIST_REQUESTS, READ_REQUEST, CLAIM, RELEASE, CHANGE_STATUS, ADD_NOTE, SEND_MESSAGE, MERGE, EXPORT, EXPORT_PERSONAL,
	ERASED_BY_RESIDENT, RETENTION_ERASE, ACCOUNT_CREATED, ACCOUNT_DISABLED, PASSWORD_CHANGED, REFERENCE_EDITED,
	TEAM_CHANGED, REQUEST_MOVED, TELEGRAM_LINKED, TELEGRAM_UNLINKED,

	/**
	 * A personal access token made or revoked; the detail names its id, never its secret.
	 */
	TOKEN_CREATED, TOKEN_REVOKED

}
