package org.evac.admin.requests;

import java.util.List;

/** One page of a list, in a JSON shape we own. */
record PageView<T>(List<T> content, long totalElements, int totalPages, int page, int size) {

}
