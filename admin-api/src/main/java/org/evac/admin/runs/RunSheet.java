package org.evac.admin.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.evac.domain.i18n.Language;
import org.evac.domain.i18n.Messages;
import org.evac.domain.place.GeoPoint;
import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.PetKind;
import org.evac.domain.request.Pickup;
import org.evac.domain.request.RequestDetails;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The driver's sheet: the households in pickup order with what the crew needs at the door
 * (address, phones, people, mobility, stretcher, pets, the note for the crew, the map
 * link). One XHTML page, printed from the browser or turned into a PDF that embeds DejaVu
 * Sans, so Ukrainian prints without any font on the machine.
 */
@Component
class RunSheet {

	/**
	 * DejaVu from the jasperreports-fonts artifact: on the classpath, never downloaded.
	 */
	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	/**
	 * The sheet's style: linked from the page (no inline style passes its policy),
	 * inlined in the PDF.
	 */
	static final String STYLE = "static/run-sheet.css";

	private final DateTimeFormatter when;

	private final Messages messages;

	RunSheet(ZoneId zone, Messages messages) {
		this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
		this.messages = messages;
	}

	/**
	 * A choice as the resident saw it in Ukrainian («Потрібна допомога на сходах»), not
	 * its code: the driver reads this at the door.
	 */
	private String label(String prefix, Enum<?> choice) {
		return this.messages.text(Language.UK, prefix + choice.name());
	}

	/** The page, its style linked; {@link #pdf} inlines it. */
	String html(Run run, Map<String, EvacuationRequest> requests) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"UTF-8\" />")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
			.append("<title>")
			.append(esc("Run " + run.date()))
			.append("</title><link rel=\"stylesheet\" href=\"/run-sheet.css\" /></head><body>");
		html.append("<h1>Рейс / Run ").append(esc(String.valueOf(run.date())));
		if (run.settlement() != null) {
			html.append(" — ").append(esc(run.settlement().name()));
		}
		html.append("</h1><p class=\"run\">")
			.append(esc(line("Транспорт / vehicle", run.vehicle())))
			.append(esc(line("Волонтер / volunteer", run.volunteer())))
			.append(esc(line("Збір / pickup", pickup(new Pickup(run.pickupAt(), run.pickupPlace())))))
			.append(esc(line("Місць / seats", run.seats() + ", ноші / stretchers: " + run.stretcherPlaces())))
			.append(esc(line("Примітка / note", run.note())))
			.append("</p><table><thead><tr><th>#</th><th>Заявка</th><th>Адреса / address</th><th>Телефон / phone</th>")
			.append("<th>Люди / people</th><th>Пересування, ноші / mobility</th><th>Тварини / pets</th>")
			.append("<th>Для екіпажу / crew note</th><th>Збір / pickup</th></tr></thead><tbody>");
		List<RunStop> stops = run.stops();
		for (int i = 0; i < stops.size(); i++) {
			RunStop stop = stops.get(i);
			EvacuationRequest request = requests.get(stop.requestId());
			html.append("<tr><td class=\"n\">").append(i + 1).append("</td>");
			if (request == null || request.details() == null) {
				html.append("<td>").append(esc(stop.number())).append("</td><td colspan=\"7\">—</td>");
			}
			else {
				household(html, request);
			}
			html.append("<td>").append(esc(pickup(stop.pickup(run)))).append("</td></tr>");
		}
		return html.append("</tbody></table></body></html>").toString();
	}

	private void household(StringBuilder html, EvacuationRequest request) {
		RequestDetails d = request.details();
		html.append("<td><b>").append(esc(request.number())).append("</b><br />").append(esc(request.status().name()));
		html.append("</td><td>").append(esc((d.settlement() == null) ? "" : d.settlement().name()));
		html.append("<br />").append(esc(nonNull(d.address())));
		if (d.forSomeoneElse()) {
			html.append("<br />").append(esc("Кого забрати / whom: " + nonNull(d.answers().text(RequestDetails.NAME))));
		}
		GeoPoint point = d.location();
		if (point != null) {
			String url = "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f".formatted(Locale.ROOT,
					point.lat(), point.lon(), point.lat(), point.lon());
			html.append("<br /><a href=\"")
				.append(esc(url))
				.append("\">")
				.append(esc("%.5f, %.5f".formatted(Locale.ROOT, point.lat(), point.lon())))
				.append("</a>");
		}
		html.append("</td><td>").append(esc(nonNull(d.phone())));
		if (d.secondPhone() != null) {
			html.append("<br />").append(esc(d.secondPhone()));
		}
		if (d.filerPhone() != null) {
			html.append("<br />").append(esc("хто просив / filer: " + d.filerPhone()));
		}
		html.append("</td><td>").append(d.householdSize()).append(", дітей / children: ").append(d.children());
		if (!d.needs().isEmpty()) {
			html.append("<br />")
				.append(esc(d.needs()
					.stream()
					.sorted()
					.map(need -> label("need.", need))
					.collect(Collectors.joining(", "))));
		}
		html.append("</td><td>").append(esc((d.mobility() == null) ? "—" : label("mobility.", d.mobility())));
		if (d.needsStretcher()) {
			html.append("<br /><span class=\"need\">НОШІ / STRETCHER</span>");
		}
		Integer floor = d.answers().number(RequestDetails.FLOOR);
		if (floor != null) {
			Boolean lift = d.answers().flag(RequestDetails.LIFT);
			html.append("<br />")
				.append(esc("поверх / floor " + floor
						+ (lift == null ? "" : Boolean.TRUE.equals(lift) ? ", ліфт / lift" : ", без ліфта / no lift")));
		}
		Integer pets = d.answers().number(RequestDetails.PET_COUNT);
		html.append("</td><td>").append((pets == null) ? "—" : String.valueOf(pets));
		if (pets != null && pets > 0) {
			html.append(" ")
				.append(esc(d.answers()
					.choices(RequestDetails.PET_KINDS, PetKind.class)
					.stream()
					.sorted()
					.map(kind -> label("pet-kinds.", kind))
					.collect(Collectors.joining(", "))));
		}
		html.append("</td><td>").append(esc(nonNull(d.answers().text(RequestDetails.CREW_NOTE)))).append("</td>");
	}

	byte[] pdf(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html.replace("<link rel=\"stylesheet\" href=\"/run-sheet.css\" />",
					"<style>" + style() + "</style>"), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The run sheet could not be made a PDF", ex);
		}
	}

	private static String style() {
		try (InputStream css = RunSheet.class.getClassLoader().getResourceAsStream(STYLE)) {
			return new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String name) {
		InputStream font = RunSheet.class.getResourceAsStream(FONTS + name);
		if (font == null) {
			throw new IllegalStateException("Font " + name + " is not on the classpath (jasperreports-fonts)");
		}
		return font;
	}

	private String pickup(Pickup pickup) {
		String at = (pickup.at() == null) ? "" : this.when.format(pickup.at());
		String place = (pickup.place() == null) ? "" : pickup.place();
		return (at + " " + place).strip();
	}

	private static String line(String label, String value) {
		return (value == null || value.isBlank()) ? "" : label + ": " + value + " · ";
	}

	private static String nonNull(String value) {
		return (value == null) ? "" : value;
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
