package org.evac.domain.place;

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

	/**
	 * Each distinct name once, sorted (a name is found by binary search): namesakes (a
	 * hundred Іванівка) are compared once.
	 */
	private final String[] keys;

	/** The settlements bearing each key. */
	private final int[][] owners;

	private final Map<String, int[]> grams;

	private final int names;

	private NameIndex(List<String> names, List<Integer> owners) {
		Map<String, List<Integer>> byKey = new HashMap<>();
		for (int n = 0; n < names.size(); n++) {
			List<Integer> bearing = byKey.computeIfAbsent(names.get(n), k -> new ArrayList<>(1));
			if (!bearing.contains(owners.get(n))) {
				bearing.add(owners.get(n));
			}
		}
		this.names = names.size();
		this.keys = byKey.keySet().stream().sorted().toArray(String[]::new);
		this.owners = new int[this.keys.length][];
		// postings as plain arrays, sized by a first pass: some 800,000 of them
		Map<String, int[]> counts = new HashMap<>();
		for (String key : this.keys) {
			for (String gram : trigrams(key)) {
				counts.computeIfAbsent(gram, g -> new int[1])[0]++;
			}
		}
		this.grams = new HashMap<>(counts.size() * 2);
		counts.forEach((gram, count) -> this.grams.put(gram, new int[count[0]]));
		counts.values().forEach(count -> count[0] = 0);
		for (int k = 0; k < this.keys.length; k++) {
			this.owners[k] = byKey.get(this.keys[k]).stream().mapToInt(Integer::intValue).toArray();
			for (String gram : trigrams(this.keys[k])) {
				this.grams.get(gram)[counts.get(gram)[0]++] = k;
			}
		}
	}

	/** The settlements (by owner number) with a name of this skeleton. */
	int[] named(String skeleton) {
		int k = Arrays.binarySearch(this.keys, skeleton);
		return (k < 0) ? new int[0] : this.owners[k];
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
		// an edit spoils at most three trigrams; a name sharing a single one with the
		// typed one (its ending "вка", say) is no likely misspelling of it
		int minShared = Math.max((maxDistance > 1) ? 2 : 1, wanted.size() - 3 * maxDistance);
		Map<Integer, Integer> found = new HashMap<>();
		for (int i = 0; i < touchedCount; i++) {
			int k = touched[i];
			String key = this.keys[k];
			if (shared[k] >= minShared && Math.abs(key.length() - skeleton.length()) <= maxDistance) {
				int distance = WITHIN[maxDistance].apply(skeleton, key);
				if (distance >= 0) {
					for (int owner : this.owners[k]) {
						found.merge(owner, distance, Math::min);
					}
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

	/** Names indexed, namesakes' names counted each. */
	int size() {
		return this.names;
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
