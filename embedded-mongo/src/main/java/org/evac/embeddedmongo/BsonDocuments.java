package org.evac.embeddedmongo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The stored form of a collection's documents in the H2 file: BSON, as the wire carries
 * them, behind a tag of its own; documents written before in the library's form (Java
 * serialization, {@link ObjectDataType}) are still read.
 *
 * <p>
 * Java serialization writes and reads every document with its class descriptors and
 * reflection: reading a page of documents cost about a millisecond, and each write or
 * read that misses the store's cache reads a page. BSON is what the server decodes from
 * every client's message anyway.
 */
final class BsonDocuments extends ObjectDataType {

	/** A tag {@link ObjectDataType} does not use (its own go up to 119). */
	static final byte BSON = 120;

	/** Heap a document takes per byte of BSON, about (maps, boxed values, keys). */
	private static final int HEAP_PER_BYTE = 4;

	/** Bytes of BSON a document takes, on average lately; a cache's estimate. */
	private volatile int averageBytes = 512;

	@Override
	public void write(WriteBuffer buffer, Object value) {
		if (!(value instanceof Document document)) {
			super.write(buffer, value);
			return;
		}
		ByteBuf bson = Unpooled.buffer(this.averageBytes * 2);
		try {
			BsonEncoder.encodeDocument(document, bson);
			int length = bson.readableBytes();
			buffer.put(BSON);
			buffer.put(bson.nioBuffer());
			seen(length);
		}
		finally {
			bson.release();
		}
	}

	@Override
	public Object read(ByteBuffer buffer) {
		int start = buffer.position();
		if (buffer.get(start) != BSON) {
			return super.read(buffer);
		}
		int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start + 1);
		ByteBuffer bson = buffer.duplicate();
		bson.position(start + 1).limit(start + 1 + length);
		buffer.position(start + 1 + length);
		seen(length);
		return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
	}

	@Override
	public int getMemory(Object value) {
		return (value instanceof Document) ? this.averageBytes * HEAP_PER_BYTE : super.getMemory(value);
	}

	/** A running average, as H2's own estimate of serialized objects keeps one. */
	private void seen(int length) {
		this.averageBytes = (this.averageBytes * 15 + length) / 16;
	}

}
