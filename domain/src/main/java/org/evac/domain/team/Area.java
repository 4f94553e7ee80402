package org.evac.domain.team;

import java.util.regex.Pattern;

/**
 * Where a team works, as KATOTTG codes. A code is {@code UA}, two digits of oblast, two
 * of raion, three of hromada, three of settlement and seven more that only number it: an
 * oblast's code has zeros below the oblast, a raion's below the raion, and so on. A
 * settlement lies in an area when its levels begin with the area's levels. {@code UA}
 * alone is the whole country, and covers even requests whose place is unknown.
 */
public final class Area {

	/** The whole of Ukraine. */
	public static final String WHOLE_COUNTRY = "UA";

	private static final Pattern CODE = Pattern.compile("UA\\d{17}");

	/** Digits of each level: oblast, raion, hromada, settlement. */
	private static final int[] LEVEL_ENDS = { 2, 4, 7, 10 };

	private Area() {
	}

	/** True for {@code UA} and for a code of the KATOTTG's shape. */
	public static boolean valid(String code) {
		return WHOLE_COUNTRY.equals(code) || (code != null && CODE.matcher(code).matches());
	}

	/**
	 * True when the place {@code placeCode} (a settlement, or an oblast when the
	 * settlement is unknown; null when neither is) lies in the area {@code areaCode}.
	 */
	public static boolean contains(String areaCode, String placeCode) {
		if (WHOLE_COUNTRY.equals(areaCode)) {
			return true;
		}
		if (!valid(areaCode) || !valid(placeCode) || WHOLE_COUNTRY.equals(placeCode)) {
			return false;
		}
		return levels(placeCode).startsWith(levels(areaCode));
	}

	/**
	 * The code's levels down to its last one that is not zero: "14", "1412", "1412021".
	 */
	static String levels(String code) {
		String digits = code.substring(2, 2 + LEVEL_ENDS[LEVEL_ENDS.length - 1]);
		int end = 0;
		int start = 0;
		for (int levelEnd : LEVEL_ENDS) {
			if (!digits.substring(start, levelEnd).chars().allMatch(c -> c == '0')) {
				end = levelEnd;
			}
			start = levelEnd;
		}
		return digits.substring(0, end);
	}

}
