package org.evac.domain.place;

import java.util.List;
import java.util.Map;

/**
 * The Russian form of a Ukrainian place name, as residents who write Russian spell it:
 * Краматорськ → краматорск, Дружківка → дружковка, Кам’янське → каменское. Built by rules
 * (whole names that differ, then words, roots, endings and letters), so every settlement
 * of the register has one; where a rule is wrong for a name the form is merely an extra
 * spelling that finds nothing, and typos are left to the fuzzy match. Works on
 * {@linkplain PlaceNames#normalize normalised} names and returns one.
 */
final class RussianForms {

	/** Names whose Russian form no rule gives. */
	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("харків", "харьков"),
			Map.entry("дніпро", "днепр"), Map.entry("запоріжжя", "запорожье"), Map.entry("київ", "киев"),
			Map.entry("миколаїв", "николаев"), Map.entry("балаклія", "балаклея"), Map.entry("вугледар", "угледар"),
			Map.entry("ясинувата", "ясиноватая"), Map.entry("олешки", "алешки"), Map.entry("охтирка", "ахтырка"),
			Map.entry("снігурівка", "снигиревка"), Map.entry("щастя", "счастье"), Map.entry("гірник", "горняк"),
			Map.entry("енергодар", "энергодар"), Map.entry("василівка", "васильевка"),
			Map.entry("вовчанськ", "волчанск"), Map.entry("ніжин", "нежин"), Map.entry("чугуїв", "чугуев"),
			Map.entry("золочів", "золочев"), Map.entry("львів", "львов"), Map.entry("кропивницький", "кропивницкий"),
			Map.entry("південне", "южное"), Map.entry("новоград волинський", "новоград волынский"),
			Map.entry("біла церква", "белая церковь"), Map.entry("жовті води", "желтые воды"),
			Map.entry("кривий ріг", "кривой рог"), Map.entry("рубіжне", "рубежное"));

	/** Words of several-word names (mostly adjectives) that Russian writes otherwise. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("велика", "великая"),
			Map.entry("великий", "великий"), Map.entry("велике", "великое"), Map.entry("мала", "малая"),
			Map.entry("малий", "малый"), Map.entry("мале", "малое"), Map.entry("нова", "новая"),
			Map.entry("новий", "новый"), Map.entry("нове", "новое"), Map.entry("нові", "новые"),
			Map.entry("стара", "старая"), Map.entry("старий", "старый"), Map.entry("старе", "старое"),
			Map.entry("верхня", "верхняя"), Map.entry("нижня", "нижняя"), Map.entry("верхній", "верхний"),
			Map.entry("нижній", "нижний"), Map.entry("гола", "голая"), Map.entry("червоний", "красный"),
			Map.entry("червона", "красная"), Map.entry("червоне", "красное"), Map.entry("яр", "яр"),
			Map.entry("ріг", "рог"), Map.entry("кривий", "кривой"));

	/** Roots whose vowels or consonants Russian writes otherwise. */
	private static final List<String[]> ROOTS = List.of(new String[] { "олександр", "александр" },
			new String[] { "олекс", "алекс" }, new String[] { "микола", "никола" },
			new String[] { "костянтин", "константин" }, new String[] { "кам'ян", "камен" },
			new String[] { "слов'ян", "славян" }, new String[] { "дніпр", "днепр" }, new String[] { "сєвєр", "север" },
			new String[] { "сівер", "север" }, new String[] { "біл", "бел" }, new String[] { "гір", "гор" },
			new String[] { "пілля", "полье" }, new String[] { "піль", "поль" }, new String[] { "сілк", "селк" },
			new String[] { "сіл", "сел" }, new String[] { "вугле", "угле" }, new String[] { "вільн", "вольн" },
			new String[] { "вовч", "волч" }, new String[] { "ріх", "рех" }, new String[] { "кремінн", "кременн" },
			new String[] { "жовт", "желт" }, new String[] { "іллі", "ильи" }, new String[] { "андрії", "андрее" },
			new String[] { "григорі", "григорье" }, new String[] { "федорі", "федоро" });

	/**
	 * Word endings, the longest first; "ж·" stands for any of ж ч ш щ ц before the
	 * ending, "C·" for a hard consonant, and the letter is kept.
	 */
	private static final List<Ending> ENDINGS = List.of(new Ending("іївка", "еевка"), new Ending("ївка", "евка"),
			new Ending("ж·івка", "евка"), new Ending("івка", "овка"), new Ending("ж·ів", "ев"), new Ending("ів", "ов"),
			new Ending("їв", "ев"), new Ending("цьке", "цкое"), new Ending("ське", "ское"), new Ending("цька", "цкая"),
			new Ending("ська", "ская"), new Ending("цький", "цкий"), new Ending("ський", "ский"),
			new Ending("цьк", "цк"), new Ending("ськ", "ск"), new Ending("ієве", "иево"), new Ending("єве", "ево"),
			new Ending("еве", "ево"), new Ending("ове", "ово"), new Ending("C·е", "ое"), new Ending("ова", "овая"),
			new Ending("сна", "сная"), new Ending("нна", "нная"), new Ending("ець", "ец"));

	private static final String HUSHING = "жчшщц";

	private static final String HARD = "бвгдзклмнпрстфх";

	/** Russian letters and their English-style transliteration. */
	private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

	private static final String[] LATIN = { "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n",
			"o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };

	private RussianForms() {
	}

	/** The Russian form of a normalised Ukrainian name. */
	static String of(String ukrainian) {
		String known = NAMES.get(ukrainian);
		if (known != null) {
			return known;
		}
		StringBuilder out = new StringBuilder(ukrainian.length() + 4);
		for (String word : ukrainian.split(" ")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(word(word));
		}
		return out.toString();
	}

	/**
	 * The Russian form in the Latin letters of English texts and maps: харьков → kharkov,
	 * славянск → slavyansk, запорожье → zaporozhye.
	 */
	static String inLatin(String russian) {
		StringBuilder out = new StringBuilder(russian.length() + 4);
		for (int i = 0; i < russian.length(); i++) {
			char c = russian.charAt(i);
			char before = (i == 0) ? ' ' : russian.charAt(i - 1);
			if (c == 'е' && (before == ' ' || before == 'ь' || before == 'ъ' || "аеиоуыэюя".indexOf(before) >= 0)) {
				out.append("ye");
			}
			else {
				int at = CYRILLIC.indexOf(c);
				out.append((at < 0) ? String.valueOf(c) : LATIN[at]);
			}
		}
		return out.toString();
	}

	private static String word(String word) {
		String known = WORDS.get(word);
		if (known != null) {
			return known;
		}
		String w = word;
		for (String[] root : ROOTS) {
			w = w.replace(root[0], root[1]);
		}
		for (Ending ending : ENDINGS) {
			String replaced = ending.apply(w);
			if (replaced != null) {
				w = replaced;
				break;
			}
		}
		return letters(w);
	}

	private static String letters(String w) {
		return w.replace("р'", "рь")
			.replace("'ї", "ьи")
			.replace("'є", "ье")
			.replace("'", "")
			.replace('ї', 'и')
			.replace('є', 'е')
			.replace('і', 'и')
			.replace('ґ', 'г');
	}

	/**
	 * @param suffix the ending, perhaps after a letter of a class ("ж·", "C·")
	 * @param replacement what replaces the ending (the class letter is kept)
	 */
	private record Ending(String suffix, String replacement) {

		/** The word with its ending replaced, or null when it does not end so. */
		String apply(String word) {
			boolean classed = this.suffix.charAt(1) == '·';
			String ending = classed ? this.suffix.substring(2) : this.suffix;
			if (word.length() <= 3 || !word.endsWith(ending)) {
				return null;
			}
			int stem = word.length() - ending.length();
			if (classed) {
				String letters = (this.suffix.charAt(0) == 'C') ? HARD : HUSHING;
				if (stem == 0 || letters.indexOf(word.charAt(stem - 1)) < 0) {
					return null;
				}
			}
			return word.substring(0, stem) + this.replacement;
		}

	}

}
