package org.evac.embeddedmongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Reads, from a query, a range of dates on one path that a single-key
 * {@link SecondaryIndex} can serve: {@code {dueAt: {$lte: now}}}, the shape of "what is
 * due now". Only {@code $lt}, {@code $lte}, {@code $gt} and {@code $gte} with dates are
 * read, standing in the query or in its {@code $and}s: the matcher compares a date only
 * with dates, so a document whose value is missing, null or of another type cannot match
 * and the index need not offer it. Anything else is left to the other indexes or a scan.
 *
 * @param from the lower bound, or null
 * @param to the upper bound, or null
 */
record DateRange(Instant from, boolean fromInclusive, Instant to, boolean toInclusive) {

	private static final Set<String> OPERATORS = Set.of("$lt", "$lte", "$gt", "$gte");

	/** The range asked of the path, or null when the query asks none this class reads. */
	static DateRange of(List<String> paths, Document query) {
		if (paths.size() != 1) {
			return null;
		}
		List<Document> conjuncts = EqualityQuery.conjuncts(query); // as the equalities
																	// are read
		if (conjuncts == null) {
			return null;
		}
		for (Document conjunct : conjuncts) {
			DateRange range = of(conjunct.get(paths.get(0)));
			if (range != null) {
				return range;
			}
		}
		return null;
	}

	private static DateRange of(Object condition) {
		if (!(condition instanceof Document operators) || operators.isEmpty()
				|| !OPERATORS.containsAll(operators.keySet())
				|| !operators.values().stream().allMatch(Instant.class::isInstance)) {
			return null;
		}
		Instant from = null;
		boolean fromInclusive = false;
		Instant to = null;
		boolean toInclusive = false;
		for (String operator : operators.keySet()) {
			Instant bound = (Instant) operators.get(operator);
			switch (operator) {
				case "$gt", "$gte" -> {
					from = bound;
					fromInclusive = operator.equals("$gte");
				}
				default -> {
					to = bound;
					toInclusive = operator.equals("$lte");
				}
			}
		}
		if (operators.containsKey("$gt") && operators.containsKey("$gte")
				|| operators.containsKey("$lt") && operators.containsKey("$lte")) {
			return null; // both bounds of one side: rare, left to a scan rather than
							// reasoned about
		}
		return new DateRange(from, fromInclusive, to, toInclusive);
	}

}
