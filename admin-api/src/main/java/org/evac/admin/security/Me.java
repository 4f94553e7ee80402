package org.evac.admin.security;

import org.evac.domain.account.Role;

/**
 * The logged-in account, as the page needs it.
 *
 * @param mustChangePassword the page shows only the password form until it is changed
 */
public record Me(String username, Role role, boolean mustChangePassword) {

}
