package org.evac.bot.followup;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;

/**
 * Counts the documents the database sent back to finds, per collection, as the driver
 * sees them on the wire.
 */
final class DocumentsRead implements CommandListener {

	private final Map<String, AtomicLong> byCollection = new ConcurrentHashMap<>();

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		String command = event.getCommandName();
		if (!command.equals("find") && !command.equals("getMore") && !command.equals("findAndModify")) {
			return;
		}
		BsonDocument response = event.getResponse();
		if (command.equals("findAndModify")) {
			return; // one document at most, to take a reminder up
		}
		BsonDocument cursor = response.getDocument("cursor", new BsonDocument());
		String ns = cursor.getString("ns", new org.bson.BsonString("?.?")).getValue();
		String collection = ns.substring(ns.indexOf('.') + 1);
		BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch")
				: cursor.getArray("nextBatch", new BsonArray());
		this.byCollection.computeIfAbsent(collection, c -> new AtomicLong()).addAndGet(batch.size());
	}

	long from(String collection) {
		AtomicLong read = this.byCollection.get(collection);
		return (read == null) ? 0 : read.get();
	}

	void reset() {
		this.byCollection.clear();
	}

}
