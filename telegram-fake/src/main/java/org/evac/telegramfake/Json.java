package org.evac.telegramfake;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson mapper of the fake, and small helpers around it. */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static JsonNode parse(String text) {
		try {
			return MAPPER.readTree(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] bytes(JsonNode node) {
		try {
			return MAPPER.writeValueAsBytes(node);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text of a field, or {@code null} when it is absent or JSON null. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

	/**
	 * A field that holds JSON, either as an object (JSON bodies) or as a string that
	 * contains JSON (form and multipart bodies); {@code null} when absent.
	 */
	static JsonNode embedded(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isTextual()) {
			try {
				return MAPPER.readTree(value.asText());
			}
			catch (IOException ex) {
				throw ApiError.badRequest("can't parse " + field + " JSON object");
			}
		}
		return value;
	}

}
