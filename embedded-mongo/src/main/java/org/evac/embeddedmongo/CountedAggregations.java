package org.evac.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Answers the aggregation the driver sends for {@code countDocuments} ({@code $match},
 * perhaps {@code $skip} and {@code $limit}, then {@code $group: {_id: 1, n: {$sum: 1}}})
 * with the collection's count of the {@code $match}, which its indexes can serve
 * ({@link IndexedQueries#count}). The library runs every aggregation over every document
 * of the collection, so each count of the open requests read all 100,000 requests.
 */
final class CountedAggregations {

	private CountedAggregations() {
	}

	/** The answer to a count in disguise, or null for any other command. */
	static Document answer(MongoDatabase database, String command, Document query) {
		if (!command.equalsIgnoreCase("aggregate") || !(query.get(command) instanceof String name)
				|| !(query.get("pipeline") instanceof List<?> pipeline) || pipeline.size() < 2) {
			return null;
		}
		if (!(pipeline.get(0) instanceof Document first) || first.size() != 1
				|| !(first.get("$match") instanceof Document match)) {
			return null;
		}
		int skip = 0;
		int limit = 0;
		for (Object stage : pipeline.subList(1, pipeline.size() - 1)) {
			if (stage instanceof Document step && step.size() == 1 && step.get("$skip") instanceof Number n) {
				skip = n.intValue();
			}
			else if (stage instanceof Document step && step.size() == 1 && step.get("$limit") instanceof Number n) {
				limit = n.intValue();
			}
			else {
				return null;
			}
		}
		String field = countedField(pipeline.get(pipeline.size() - 1));
		MongoCollection<?> collection = (field != null) ? database.resolveCollection(name, false) : null;
		if (collection == null) {
			return null;
		}
		Document group = (Document) ((Document) pipeline.get(pipeline.size() - 1)).get("$group");
		int count = collection.count(match, skip, limit);
		List<Document> batch = (count == 0) ? List.of()
				: List.of(new Document("_id", group.get("_id")).append(field, count));
		Document cursor = new Document("id", 0L).append("ns", collection.getFullName()).append("firstBatch", batch);
		return new Document("cursor", cursor).append("ok", 1.0);
	}

	/** The field of {@code {$group: {_id: <constant>, field: {$sum: 1}}}}, or null. */
	private static String countedField(Object stage) {
		if (!(stage instanceof Document step) || step.size() != 1 || !(step.get("$group") instanceof Document group)
				|| group.size() != 2 || !(group.get("_id") instanceof Number)) {
			return null;
		}
		for (String key : group.keySet()) {
			if (!key.equals("_id") && group.get(key) instanceof Document sum && sum.size() == 1
					&& sum.get("$sum") instanceof Number one && one.intValue() == 1) {
				return key;
			}
		}
		return null;
	}

}
