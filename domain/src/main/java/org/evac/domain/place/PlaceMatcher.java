package org.evac.domain.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * Finds the settlements a resident means by the name they typed, however they spell it:
 * the official name in any case; the Russian form ({@link RussianForms}); a name before
 * renaming ({@link RenamedPlaces} and the register's {@code old_name_uk}); Latin letters
 * that look Cyrillic; a missing or different apostrophe; the register's transliteration
 * or an English spelling; one or two letters wrong, missing or swapped. The index is
 * built once at start (on a thread of its own when made {@link #inBackground}); a lookup
 * reads it only.
 */
public class PlaceMatcher {

	private static final Logger log = LoggerFactory.getLogger(PlaceMatcher.class);

	/** Candidates offered at most: each is a button on a phone screen. */
	public static final int MAX_CANDIDATES = 8;

	/**
	 * The index, being built or built: building it takes seconds of CPU, which a start
	 * can spend on its other parts meanwhile (see {@link #inBackground}).
	 */
	private final CompletableFuture<Index> index;

	/**
	 * The names before renaming, read and checked against the register, or being so (see
	 * {@link #checkedInBackground}).
	 */
	private final CompletableFuture<RenamedPlaces> renamed;

	PlaceMatcher(Collection<Settlement> register, RenamedPlaces renamed) {
		this(CompletableFuture.completedFuture(new Index(register, renamed)),
				CompletableFuture.completedFuture(renamed));
	}

	private PlaceMatcher(CompletableFuture<Index> index, CompletableFuture<RenamedPlaces> renamed) {
		this.index = index;
		this.renamed = renamed;
	}

	/** The matcher over the register and the names before renaming in {@code csv}. */
	public static PlaceMatcher of(SettlementRegister register, Resource renamedPlaces) {
		return new PlaceMatcher(register.all(), RenamedPlaces.read(renamedPlaces, register));
	}

	/**
	 * The same matcher, its index built on a thread of its own: a lookup before it is
	 * ready waits for it. The names before renaming are read and checked against the
	 * register here and now, so a wrong file still stops the start.
	 */
	public static PlaceMatcher inBackground(SettlementRegister register, Resource renamedPlaces) {
		PlaceMatcher matcher = checkedInBackground(register, renamedPlaces);
		matcher.awaitChecked();
		return matcher;
	}

	/**
	 * The same matcher with the names before renaming, too, read and checked on the
	 * index's thread (which waits for a register {@link SettlementRegister#inBackground
	 * being read}): the start goes on meanwhile, and {@link #awaitChecked} is where a
	 * wrong file stops it.
	 */
	public static PlaceMatcher checkedInBackground(SettlementRegister register, Resource renamedPlaces) {
		CompletableFuture<RenamedPlaces> renamed = new CompletableFuture<>();
		CompletableFuture<Index> index = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				RenamedPlaces read = RenamedPlaces.read(renamedPlaces, register);
				renamed.complete(read);
				index.complete(new Index(register.all(), read));
			}
			catch (RuntimeException | Error ex) {
				renamed.completeExceptionally(ex);
				index.completeExceptionally(ex);
			}
		}, "place-index");
		thread.setDaemon(true);
		thread.start();
		index.whenComplete((built, failure) -> {
			// a wrong file is said by the start it stops
			if (failure != null && !renamed.isCompletedExceptionally()) {
				log.error("The index of place names could not be built: typed places will not be recognised", failure);
			}
		});
		return new PlaceMatcher(index, renamed);
	}

	/**
	 * Waits until the names before renaming are read and checked against the register,
	 * and throws what was found wrong with them (or with the register).
	 */
	public void awaitChecked() {
		try {
			this.renamed.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private Index index() {
		return this.index.join();
	}

	/** The register's names as typed names are compared with them, built once. */
	private static final class Index {

		private final Settlement[] settlements;

		private final Map<String, List<Integer>> official = new HashMap<>();

		private final NameIndex cyrillic;

		private final NameIndex latin;

		Index(Collection<Settlement> register, RenamedPlaces renamed) {
			this.settlements = register.stream()
				.sorted(Comparator.comparing(Settlement::code))
				.toArray(Settlement[]::new);
			NameIndex.Builder cyrillic = new NameIndex.Builder();
			NameIndex.Builder latin = new NameIndex.Builder();
			for (int i = 0; i < this.settlements.length; i++) {
				Settlement s = this.settlements[i];
				String name = PlaceNames.normalize(s.names().uk());
				this.official.computeIfAbsent(name, n -> new ArrayList<>(1)).add(i);
				addUkrainian(name, i, cyrillic, latin);
				if (s.oldName() != null) {
					addUkrainian(PlaceNames.normalize(s.oldName()), i, cyrillic, latin);
				}
				for (RenamedPlaces.OldName old : renamed.of(s.code())) {
					addUkrainian(PlaceNames.normalize(old.uk()), i, cyrillic, latin);
					String ru = PlaceNames.normalize(old.ru());
					cyrillic.add(Spellings.skeleton(ru), i);
					latin.add(Spellings.latinSkeleton(RussianForms.inLatin(ru)), i);
				}
				if (s.names().en() != null) {
					latin.add(Spellings.latinSkeleton(PlaceNames.normalize(s.names().en())), i);
				}
			}
			this.cyrillic = cyrillic.build();
			this.latin = latin.build();
		}

	}

	private static void addUkrainian(String name, int owner, NameIndex.Builder cyrillic, NameIndex.Builder latin) {
		String russian = RussianForms.of(name);
		cyrillic.add(Spellings.skeleton(name), owner);
		cyrillic.add(Spellings.skeleton(russian), owner);
		latin.add(Spellings.latinSkeleton(RussianForms.inLatin(russian)), owner);
	}

	/**
	 * The settlements the typed name may mean, best first: the typed name being one of
	 * theirs before a similar one; then those in front-line oblasts, where residents
	 * write from; then cities, towns, villages.
	 */
	public PlaceMatch match(String typed, Predicate<String> frontlineOblast) {
		String normalized = Spellings.normalize(typed);
		if (normalized.isEmpty()) {
			return PlaceMatch.none();
		}
		Index names = index();
		Map<Integer, PlaceMatch.Candidate> found = new LinkedHashMap<>();
		List<Integer> officially = names.official.getOrDefault(PlaceNames.normalize(typed), List.of());
		officially
			.forEach(i -> found.put(i, new PlaceMatch.Candidate(names.settlements[i], PlaceMatch.How.OFFICIAL, 0)));
		boolean latinName = Spellings.isLatin(normalized);
		NameIndex index = latinName ? names.latin : names.cyrillic;
		String skeleton = latinName ? Spellings.latinSkeleton(normalized) : Spellings.skeleton(normalized);
		for (int i : index.named(skeleton)) {
			found.putIfAbsent(i, new PlaceMatch.Candidate(names.settlements[i], PlaceMatch.How.OTHER_NAME, 0));
		}
		boolean otherNamesakes = found.size() > officially.size();
		int maxDistance = maxDistance(skeleton);
		// a name some settlement bears is what was meant: similar ones would only crowd
		// it
		if (found.isEmpty() && maxDistance > 0) {
			index.similar(skeleton, maxDistance)
				.forEach((i, distance) -> found.putIfAbsent(i, new PlaceMatch.Candidate(names.settlements[i],
						(distance == 0) ? PlaceMatch.How.OTHER_NAME : PlaceMatch.How.SIMILAR, distance)));
		}
		List<PlaceMatch.Candidate> ranked = found.values()
			.stream()
			.sorted(ranking(frontlineOblast))
			.limit(MAX_CANDIDATES)
			.toList();
		boolean certain = officially.size() == 1 && !otherNamesakes
				&& frontlineOblast.test(names.settlements[officially.get(0)].oblastCode());
		return new PlaceMatch(ranked, certain);
	}

	/** One letter off in a short name, two in a longer one; none in a name of three. */
	static int maxDistance(String skeleton) {
		int letters = skeleton.length();
		return (letters <= 3) ? 0 : (letters <= 5) ? 1 : 2;
	}

	private static Comparator<PlaceMatch.Candidate> ranking(Predicate<String> frontlineOblast) {
		return Comparator.comparing((PlaceMatch.Candidate c) -> c.how() == PlaceMatch.How.SIMILAR)
			.thenComparingInt(PlaceMatcher::unlikeness)
			.thenComparing(c -> !frontlineOblast.test(c.settlement().oblastCode()))
			.thenComparingInt(c -> size(c.settlement()))
			.thenComparing(c -> c.how() != PlaceMatch.How.OFFICIAL)
			.thenComparing(c -> c.settlement().names().uk())
			.thenComparing(c -> c.settlement().code());
	}

	/**
	 * How far a similar name is from the typed one, a village's one letter further:
	 * residents type towns far more often, so "Покровкс" is likelier Покровськ, two
	 * letters off, than one of many villages Покровка, one letter off.
	 */
	private static int unlikeness(PlaceMatch.Candidate c) {
		return c.distance() + ((c.how() == PlaceMatch.How.SIMILAR && size(c.settlement()) == 2) ? 1 : 0);
	}

	/** Cities first, then towns (селища), then villages. */
	private static int size(Settlement s) {
		return switch (s.category()) {
			case "K", "M" -> 0;
			case "X", "T" -> 1;
			default -> 2;
		};
	}

	public int size() {
		return index().settlements.length;
	}

	/** Names indexed, for the start-up log. */
	public int names() {
		Index names = index();
		return names.cyrillic.size() + names.latin.size();
	}

}
