package org.evac.embeddedmongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The stored form of what the library keeps beside documents in the H2 file: the
 * documents' {@code _id}s (the keys of a collection's map, the values of its unique
 * indexes) and the unique indexes' keys. An {@link ObjectId} takes its 12 bytes, a
 * {@link KeyValue} its values one by one, each behind a tag of its own; everything else,
 * and everything written before, in {@link ObjectDataType}'s form. The order of keys is
 * {@link ObjectDataType}'s, unchanged, so a file written before is read as it is and its
 * pages take the new form as they are written again.
 *
 * <p>
 * H2 does not know these classes and Java-serialized each one, with its class descriptor,
 * on every page written and read: at 100,000 requests that was a quarter of what the
 * server allocated while volunteers read the queue, and most of the cost of a write.
 */
class CompactKeys extends ObjectDataType {

	/** Tags {@link ObjectDataType} does not use (its own go up to 119; 120 is BSON). */
	static final byte OBJECT_ID = 121;

	static final byte KEY_VALUE = 122;

	static final byte MISSING = 123;

	private static final int OBJECT_ID_BYTES = 12;

	/** Heap an {@link ObjectId} takes: the object and its array. */
	private static final int OBJECT_ID_MEMORY = 48;

	@Override
	public void write(WriteBuffer buffer, Object value) {
		if (value instanceof ObjectId id) {
			buffer.put(OBJECT_ID).put(id.toByteArray());
		}
		else if (value instanceof KeyValue key) {
			buffer.put(KEY_VALUE).putVarInt(key.size());
			for (Object each : key) {
				write(buffer, each);
			}
		}
		else if (value instanceof Missing) {
			buffer.put(MISSING);
		}
		else {
			super.write(buffer, value);
		}
	}

	@Override
	public Object read(ByteBuffer buffer) {
		byte tag = buffer.get(buffer.position());
		switch (tag) {
			case OBJECT_ID -> {
				buffer.get();
				byte[] bytes = new byte[OBJECT_ID_BYTES];
				buffer.get(bytes);
				return new ObjectId(bytes);
			}
			case KEY_VALUE -> {
				buffer.get();
				int size = DataUtils.readVarInt(buffer);
				List<Object> values = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					values.add(read(buffer));
				}
				return new KeyValue(values);
			}
			case MISSING -> {
				buffer.get();
				return Missing.getInstance();
			}
			default -> {
				return super.read(buffer);
			}
		}
	}

	@Override
	public int getMemory(Object value) {
		if (value instanceof ObjectId) {
			return OBJECT_ID_MEMORY;
		}
		if (value instanceof KeyValue key) {
			int memory = OBJECT_ID_MEMORY;
			for (Object each : key) {
				memory += getMemory(each);
			}
			return memory;
		}
		return (value instanceof Missing) ? 0 : super.getMemory(value);
	}

}
