package org.evac.domain.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * A type kept as an {@link AnswerMap} and stored as a plain document, one field per
 * answer (and whatever else {@code write} adds). Declared as a bean, it is registered
 * with the MongoDB mapping, so new answers need no mapping of their own, and documents
 * stored before a question existed simply lack its field.
 *
 * @param type the type stored
 * @param read makes it from a stored document
 * @param write makes the document to store
 */
public record StoredAsAnswers<T>(Class<T> type, Function<Document, T> read, Function<T, Document> write) {

	/** The conversions for these types (tests build their templates with them too). */
	public static MongoCustomConversions conversions(List<StoredAsAnswers<?>> stored) {
		List<Object> converters = new ArrayList<>();
		stored.forEach(s -> converters.addAll(s.converters()));
		return new MongoCustomConversions(converters);
	}

	/** The reading and the writing converter. */
	public List<GenericConverter> converters() {
		return List.of(new Reading<>(this), new Writing<>(this));
	}

	@ReadingConverter
	private record Reading<T>(StoredAsAnswers<T> stored) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(Document.class, this.stored.type()));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return (source == null) ? null : this.stored.read().apply((Document) source);
		}

	}

	@WritingConverter
	private record Writing<T>(StoredAsAnswers<T> stored) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(this.stored.type(), Document.class));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return (source == null) ? null : this.stored.write().apply(this.stored.type().cast(source));
		}

	}

}
