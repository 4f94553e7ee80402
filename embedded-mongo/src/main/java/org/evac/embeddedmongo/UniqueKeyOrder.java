package org.evac.embeddedmongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of a unique index's keys in its H2 map: value by value, as MongoDB orders
 * them. Stored as {@link CompactKeys} (what the library wrote in {@link ObjectDataType}'s
 * form is read as well).
 *
 * <p>
 * The library's maps compare keys of a type H2 does not know (its {@link KeyValue}) by
 * serializing both with Java serialization and comparing the bytes, on every step of
 * every look-up: that was half the CPU of every write evac made (each write looks up
 * {@code _id} and every unique key), and most of the cost of reading one document by
 * {@code _id}.
 */
final class UniqueKeyOrder extends CompactKeys {

	private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue x && b instanceof KeyValue y) {
			int common = Math.min(x.size(), y.size());
			for (int i = 0; i < common; i++) {
				int c = VALUES.compare(x.get(i), y.get(i));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(x.size(), y.size());
		}
		return super.compare(a, b);
	}

}
