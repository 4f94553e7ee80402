package org.evac.seeds.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines: quoted only where needed, no line breaks inside a field. */
final class Csv {

	private Csv() {
	}

	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	static String join(List<String> fields) {
		return fields.stream().map(Csv::quote).collect(Collectors.joining(","));
	}

	private static String quote(String field) {
		return (field.contains(",") || field.contains("\"")) ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

}
