package org.evac.domain.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.place.PlaceRef;

/**
 * Answers keyed by question id, with typed accessors: what a resident told us, kept as
 * plain values (text, numbers, flags, lists and nested maps) so that a new question adds
 * a key, never a field, and is stored as one more field of the same document.
 *
 * <p>
 * Places are kept as {@code {code, name}}, points as {@code {lat, lon}}, choices by their
 * name and sets of choices as lists of names: the shapes Spring Data wrote for the typed
 * fields before, so requests and conversations stored then read unchanged.
 */
public final class AnswerMap {

	private static final AnswerMap EMPTY = new AnswerMap(Map.of());

	private final Map<String, Object> values;

	private AnswerMap(Map<String, Object> values) {
		this.values = values;
	}

	public static AnswerMap empty() {
		return EMPTY;
	}

	/** The answers of a stored document (or any map of plain values). */
	public static AnswerMap of(Map<String, ?> stored) {
		if (stored == null || stored.isEmpty()) {
			return EMPTY;
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		stored.forEach((key, value) -> {
			Object plain = plain(value);
			if (plain != null && !key.startsWith("_")) {
				copy.put(key, plain);
			}
		});
		return new AnswerMap(Collections.unmodifiableMap(copy));
	}

	/** The answers as plain values, in the order they were given. */
	public Map<String, Object> values() {
		return this.values;
	}

	/** The answers as a document to store. */
	public Document toDocument() {
		return (Document) bson(this.values);
	}

	public boolean has(String key) {
		return this.values.containsKey(key);
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	public String text(String key) {
		Object value = this.values.get(key);
		return (value instanceof String s) ? s : null;
	}

	public Integer number(String key) {
		Object value = this.values.get(key);
		return (value instanceof Number n) ? n.intValue() : null;
	}

	public Boolean flag(String key) {
		Object value = this.values.get(key);
		return (value instanceof Boolean b) ? b : null;
	}

	public List<String> texts(String key) {
		Object value = this.values.get(key);
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

	/**
	 * One of the choices of {@code type}, or null when not answered (or no longer known).
	 */
	public <E extends Enum<E>> E choice(String key, Class<E> type) {
		return enumValue(text(key), type);
	}

	public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		for (String name : texts(key)) {
			E value = enumValue(name, type);
			if (value != null) {
				set.add(value);
			}
		}
		return Collections.unmodifiableSet(set);
	}

	public AnswerMap nested(String key) {
		Object value = this.values.get(key);
		if (!(value instanceof Map<?, ?> map)) {
			return EMPTY;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> typed = (Map<String, Object>) map;
		return new AnswerMap(typed);
	}

	public PlaceRef place(String key) {
		AnswerMap place = nested(key);
		return place.isEmpty() ? null : new PlaceRef(place.text("code"), place.text("name"));
	}

	public GeoPoint point(String key) {
		AnswerMap point = nested(key);
		Object lat = point.values.get("lat");
		Object lon = point.values.get("lon");
		return (lat instanceof Number a && lon instanceof Number b) ? new GeoPoint(a.doubleValue(), b.doubleValue())
				: null;
	}

	/**
	 * These answers with {@code key} set to {@code value}, or forgotten when it is null.
	 */
	public AnswerMap with(String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		Object plain = plain(value);
		if (plain == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, plain);
		}
		return new AnswerMap(Collections.unmodifiableMap(copy));
	}

	public AnswerMap without(String... keys) {
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		Arrays.asList(keys).forEach(copy::remove);
		return new AnswerMap(Collections.unmodifiableMap(copy));
	}

	/** Only the answers under these keys. */
	public AnswerMap only(Collection<String> keys) {
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		copy.keySet().retainAll(keys);
		return new AnswerMap(Collections.unmodifiableMap(copy));
	}

	private static <E extends Enum<E>> E enumValue(String name, Class<E> type) {
		if (name == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	/** A value as plain text, numbers, flags, lists and maps; null when there is none. */
	private static Object plain(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Double) {
			return value;
		}
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof AnswerMap answers) {
			return answers.values.isEmpty() ? null : answers.values;
		}
		if (value instanceof PlaceRef place) {
			return of(mapOf("code", place.code(), "name", place.name())).values;
		}
		if (value instanceof GeoPoint point) {
			return Collections.unmodifiableMap(mapOf("lat", point.lat(), "lon", point.lon()));
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				Object plain = plain(v);
				if (plain != null && !String.valueOf(k).startsWith("_")) {
					copy.put(String.valueOf(k), plain);
				}
			});
			return Collections.unmodifiableMap(copy);
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = new ArrayList<>();
			// sets keep a stable order, so equal answers are stored alike
			collection.stream()
				.sorted((collection instanceof Set<?>) ? AnswerMap::compare : (a, b) -> 0)
				.map(AnswerMap::plain)
				.filter(Objects::nonNull)
				.forEach(list::add);
			return Collections.unmodifiableList(list);
		}
		throw new IllegalArgumentException("Not a plain answer: " + value.getClass().getSimpleName());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object a, Object b) {
		if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
			return ca.compareTo(b);
		}
		return String.valueOf(a).compareTo(String.valueOf(b));
	}

	private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

	private static Object bson(Object value) {
		if (value instanceof Map<?, ?> map) {
			Document document = new Document();
			map.forEach((k, v) -> document.append(String.valueOf(k), bson(v)));
			return document;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AnswerMap::bson).toList();
		}
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof AnswerMap answers) && this.values.equals(answers.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "AnswerMap" + this.values.keySet();
	}

}
