package org.evac.admin.security;

import org.evac.domain.account.Role;

/** The logged-in account, as the page needs it. */
public record Me(String username, Role role) {

}
