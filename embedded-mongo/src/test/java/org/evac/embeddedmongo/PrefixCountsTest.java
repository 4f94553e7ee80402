package org.evac.embeddedmongo;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compound index counts its documents per combination of leading values as they are
 * filed and taken out, while those combinations are few; a count it does not keep is told
 * by walking the index, and an index that cannot count a query is not filled for it.
 */
class PrefixCountsTest {

	@Test
	void countsFollowTheDocumentsFiledAndTakenOut() {
		PrefixCounts counts = new PrefixCounts(3);
		counts.add(new Object[] { "NEW", 1.0, "id-1" });
		counts.add(new Object[] { "NEW", 2.0, "id-2" });
		counts.add(new Object[] { "DONE", 1.0, "id-3" });
		counts.remove(new Object[] { "NEW", 2.0, "id-2" });

		assertThat(counts.count(new Object[] { "NEW" })).isEqualTo(1);
		assertThat(counts.count(new Object[] { "DONE" })).isEqualTo(1);
		assertThat(counts.count(new Object[] { "NEW", 1.0 })).isEqualTo(1);
		assertThat(counts.count(new Object[] { "NEW", 2.0 })).isZero();
		assertThat(counts.count(new Object[] { "SCHEDULED" })).isZero();
	}

	@Test
	void aPrefixLengthWithTooManyCombinationsIsNoLongerCountedNorAreLongerOnes() {
		PrefixCounts counts = new PrefixCounts(4);
		for (int i = 0; i <= PrefixCounts.MOST; i++) {
			counts.add(new Object[] { "NEW", "place-" + i, (double) i, "id-" + i });
		}

		assertThat(counts.count(new Object[] { "NEW" })).isEqualTo(PrefixCounts.MOST + 1);
		assertThat(counts.count(new Object[] { "NEW", "place-1" })).isEqualTo(-1);
		assertThat(counts.count(new Object[] { "NEW", "place-1", 1.0 })).isEqualTo(-1);
		assertThat(counts.count(new Object[] { "NEW", "place-1", 1.0, "id-1" })).as("the whole key: never counted")
			.isEqualTo(-1);
	}

	@Test
	void aCountOnlyAWalkCouldTellPutsNoIndexInUse() {
		OrderedIndex<Object> queue = new OrderedIndex<>("queue",
				List.of(new IndexKey("status", true), new IndexKey("group", true), new IndexKey("updatedAt", true)),
				false);
		List<SecondaryIndex<Object>> filled = new ArrayList<>();
		IndexedQueries.Filler<Object> filler = new IndexedQueries.Filler<>() {

			@Override
			public void putInUse(SecondaryIndex<Object> index) {
				filled.add(index);
			}

			@Override
			public Document matching(Object position, Document query) {
				throw new AssertionError("a count reads no document");
			}

			@Override
			public QueryResult answer(List<Document> documents, Document query, Document orderBy, int skip, int limit,
					int batchSize, Document fieldSelector) {
				throw new AssertionError("a count answers no query");
			}

		};
		List<Index<Object>> indexes = List.of(queue);

		long dated = IndexedQueries.count(indexes,
				new Document("status", "NEW").append("updatedAt", new Document("$lt", java.time.Instant.now())),
				filler);
		long claimed = IndexedQueries.count(indexes, new Document("status", "NEW").append("claimedBy", "vol1"), filler);

		assertThat(dated).isEqualTo(-1);
		assertThat(claimed).isEqualTo(-1);
		assertThat(filled).isEmpty();
	}

}
