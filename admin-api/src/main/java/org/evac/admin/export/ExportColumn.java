package org.evac.admin.export;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.evac.domain.request.EvacuationRequest;
import org.evac.domain.request.RequestDetails;

/**
 * A column of the export: its header, its HXL hashtag (the row under the header that
 * humanitarian tools read), and how it is filled.
 */
record ExportColumn(String header, String hxl, Function<EvacuationRequest, String> value) {

	static final List<ExportColumn> ANONYMOUS = List.of(
			new ExportColumn("number", "#meta+id", EvacuationRequest::number),
			new ExportColumn("oblast", "#adm1+name", r -> d(r).oblast() == null ? null : d(r).oblast().name()),
			new ExportColumn("oblast_code", "#adm1+code", r -> d(r).oblast() == null ? null : d(r).oblast().code()),
			new ExportColumn("settlement", "#loc+name",
					r -> d(r).settlement() == null ? null : d(r).settlement().name()),
			new ExportColumn("settlement_code", "#loc+code",
					r -> d(r).settlement() == null ? null : d(r).settlement().code()),
			new ExportColumn("people", "#affected+hh", r -> Integer.toString(d(r).householdSize())),
			new ExportColumn("children", "#affected+children", r -> Integer.toString(d(r).children())),
			new ExportColumn("needs", "#indicator+needs",
					r -> d(r).needs().stream().map(Enum::name).sorted().collect(Collectors.joining(" "))),
			new ExportColumn("status", "#status", r -> r.status().name()),
			new ExportColumn("reported", "#date+reported", r -> r.createdAt().toString()),
			new ExportColumn("destination_oblast", "#adm1+dest",
					r -> d(r).destination() == null || d(r).destination().oblast() == null ? null
							: d(r).destination().oblast().name()),
			new ExportColumn("destination_town", "#loc+dest",
					r -> d(r).destination() == null || d(r).destination().town() == null ? null
							: d(r).destination().town().name()),
			new ExportColumn("claimed_by", "#org+volunteer", EvacuationRequest::claimedBy));

	/** Only when a coordinator asks for them, and audited. */
	static final List<ExportColumn> PERSONAL = List.of(new ExportColumn("phone", "#contact+phone", r -> d(r).phone()),
			new ExportColumn("second_phone", "#contact+phone+alt", r -> d(r).secondPhone()),
			new ExportColumn("address", "#loc+address", r -> d(r).address()),
			new ExportColumn("lat", "#geo+lat",
					r -> d(r).location() == null ? null : Double.toString(d(r).location().lat())),
			new ExportColumn("lon", "#geo+lon",
					r -> d(r).location() == null ? null : Double.toString(d(r).location().lon())));

	private static RequestDetails d(EvacuationRequest request) {
		return request.details();
	}

}
