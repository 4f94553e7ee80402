package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many documents an {@link OrderedIndex} holds under each combination of values of
 * its leading keys, kept up to date as documents are filed and taken out, so that "how
 * many open requests" is one lookup per status, not a walk through every open request.
 *
 * <p>
 * Counts are kept for the shorter prefixes only while they take few combinations (a
 * status, a status and a group, a place and a status): once a prefix length takes more
 * than {@link #MOST}, its counts (and those of every longer prefix, which take at least
 * as many) are dropped for as long as the index is in use, and a count of it walks the
 * index instead. Values are compared by {@code equals}, as the index's keys are
 * normalized ({@link IndexedValues#key}).
 */
final class PrefixCounts {

	/** Combinations of one prefix length beyond which its counts are not kept. */
	static final int MOST = 4096;

	/** Per prefix length less one: the count per combination, or null once dropped. */
	private final List<Map<List<Object>, long[]>> byLength;

	/**
	 * @param keys the index's keys: prefixes of 1 to {@code keys - 1} of them are counted
	 */
	PrefixCounts(int keys) {
		this.byLength = new ArrayList<>(Math.max(0, keys - 1));
		for (int length = 1; length < keys; length++) {
			this.byLength.add(new HashMap<>());
		}
	}

	/** A document filed with these values (its {@code _id} and more may follow). */
	void add(Object[] values) {
		for (int length = 1; length <= this.byLength.size(); length++) {
			Map<List<Object>, long[]> counts = this.byLength.get(length - 1);
			if (counts == null) {
				return;
			}
			long[] count = counts.get(prefixView(values, length));
			if (count == null) {
				count = new long[1];
				counts.put(Arrays.asList(Arrays.copyOf(values, length)), count);
			}
			count[0]++;
			if (counts.size() > MOST) {
				dropFrom(length);
				return;
			}
		}
	}

	/** A document filed with these values was taken out. */
	void remove(Object[] values) {
		for (int length = 1; length <= this.byLength.size(); length++) {
			Map<List<Object>, long[]> counts = this.byLength.get(length - 1);
			if (counts == null) {
				return;
			}
			List<Object> prefix = prefixView(values, length);
			long[] count = counts.get(prefix);
			if (count != null && --count[0] <= 0) {
				counts.remove(prefix);
			}
		}
	}

	/** How many documents are filed under these leading values; -1 when not kept. */
	long count(Object[] prefix) {
		if (prefix.length < 1 || prefix.length > this.byLength.size()) {
			return -1;
		}
		Map<List<Object>, long[]> counts = this.byLength.get(prefix.length - 1);
		if (counts == null) {
			return -1;
		}
		long[] count = counts.get(Arrays.asList(prefix));
		return (count != null) ? count[0] : 0;
	}

	void clear() {
		for (int i = 0; i < this.byLength.size(); i++) {
			this.byLength.set(i, new HashMap<>());
		}
	}

	private void dropFrom(int length) {
		for (int i = length - 1; i < this.byLength.size(); i++) {
			this.byLength.set(i, null);
		}
	}

	/**
	 * The first values, without a copy: a lookup key only (a list equals any list of the
	 * same elements); a combination kept as a key is copied.
	 */
	private static List<Object> prefixView(Object[] values, int length) {
		return Arrays.asList(values).subList(0, length);
	}

}
