package org.evac.admin.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines, safe to open in a spreadsheet. */
final class Csv {

	private Csv() {
	}

	static String line(List<String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (looksLikeFormula(text)) {
			// a resident's "address" must never run as a spreadsheet formula
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '=' || first == '@' || first == '\t' || first == '\r') {
			return true;
		}
		// +380... and -1.5 are numbers, not formulas
		return (first == '+' || first == '-') && !text.substring(1).matches("[0-9 .]+");
	}

}
