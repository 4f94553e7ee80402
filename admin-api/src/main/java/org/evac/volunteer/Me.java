package org.evac.volunteer;

import org.evac.account.Role;

/** The logged-in account, as the page needs it. */
record Me(String username, Role role) {

}
