package org.evac.queue;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list, in a JSON shape we own (Spring's Page is not stable as JSON). */
record PageView<T>(List<T> content, long totalElements, int totalPages, int page, int size) {

	static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
		return new PageView<>(page.getContent().stream().map(view).toList(), page.getTotalElements(),
				page.getTotalPages(), page.getNumber(), page.getSize());
	}

}
