package org.evac.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names (as skeletons) of the register's settlements, for finding the settlements a typed
 * skeleton names exactly, or nearly: candidates share trigrams with it, and those within
 * a few edits (Levenshtein) are kept. Built once, then only read, by any thread.
 */
final class NameIndex {

	private static final LevenshteinDistance[] WITHIN = { new LevenshteinDistance(0), new LevenshteinDistance(1),
			new LevenshteinDistance(2) };

	private final String[] keys;

	private final int[] owners;

	private final Map<String, int[]> exact;

	private final Map<String, int[]> grams;

	private NameIndex(List<String> keys, List<Integer> owners) {
		this.keys = keys.toArray(String[]::new);
		this.owners = owners.stream().mapToInt(Integer::intValue).toArray();
		Map<String, List<Integer>> exact = new HashMap<>();
		Map<String, List<Integer>> grams = new HashMap<>();
		for (int k = 0; k < this.keys.length; k++) {
			List<Integer> named = exact.computeIfAbsent(this.keys[k], s -> new ArrayList<>(1));
			if (!named.contains(this.owners[k])) {
				named.add(this.owners[k]);
			}
			for (String gram : trigrams(this.keys[k])) {
				List<Integer> postings = grams.computeIfAbsent(gram, g -> new ArrayList<>());
				if (postings.isEmpty() || postings.get(postings.size() - 1) != k) {
					postings.add(k);
				}
			}
		}
		this.exact = toArrays(exact);
		this.grams = toArrays(grams);
	}

	private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
		Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
		lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
		return arrays;
	}

	/** The settlements (by owner number) with a name of this skeleton. */
	int[] named(String skeleton) {
		return this.exact.getOrDefault(skeleton, new int[0]);
	}

	/**
	 * The settlements with a name within {@code maxDistance} edits of the skeleton, each
	 * with its smallest distance.
	 */
	Map<Integer, Integer> similar(String skeleton, int maxDistance) {
		List<String> wanted = trigrams(skeleton);
		int[] shared = new int[this.keys.length];
		int[] touched = new int[64];
		int touchedCount = 0;
		for (String gram : wanted) {
			for (int k : this.grams.getOrDefault(gram, new int[0])) {
				if (shared[k]++ == 0) {
					if (touchedCount == touched.length) {
						touched = Arrays.copyOf(touched, touched.length * 2);
					}
					touched[touchedCount++] = k;
				}
			}
		}
		// an edit spoils at most three trigrams
		int minShared = Math.max(1, wanted.size() - 3 * maxDistance);
		Map<Integer, Integer> found = new HashMap<>();
		for (int i = 0; i < touchedCount; i++) {
			int k = touched[i];
			String key = this.keys[k];
			if (shared[k] >= minShared && Math.abs(key.length() - skeleton.length()) <= maxDistance) {
				int distance = WITHIN[maxDistance].apply(skeleton, key);
				if (distance >= 0) {
					found.merge(this.owners[k], distance, Math::min);
				}
			}
		}
		return found;
	}

	/** Distinct trigrams of the name with its start and end marked. */
	private static List<String> trigrams(String skeleton) {
		String padded = "^" + skeleton + "$";
		List<String> grams = new ArrayList<>(padded.length());
		for (int i = 0; i + 3 <= padded.length(); i++) {
			String gram = padded.substring(i, i + 3);
			if (!grams.contains(gram)) {
				grams.add(gram);
			}
		}
		return grams;
	}

	int size() {
		return this.keys.length;
	}

	static final class Builder {

		private final List<String> keys = new ArrayList<>();

		private final List<Integer> owners = new ArrayList<>();

		/**
		 * Adds a name of settlement {@code owner}; empty and repeated names are skipped.
		 */
		void add(String skeleton, int owner) {
			if (skeleton.isEmpty()) {
				return;
			}
			for (int k = this.keys.size() - 1; k >= 0 && this.owners.get(k) == owner; k--) {
				if (this.keys.get(k).equals(skeleton)) {
					return;
				}
			}
			this.keys.add(skeleton);
			this.owners.add(owner);
		}

		NameIndex build() {
			return new NameIndex(this.keys, this.owners);
		}

	}

}
