package org.evac.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evac.bench.delivery.DeliveryRun;
import org.evac.bench.queue.QueueRun;
import org.evac.bench.residents.BotRun;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** {@code latest.png}: to look at instead of read. */
public final class Charts {

	private static final int WIDTH = 800;

	private static final int HEIGHT = 500;

	private Charts() {
	}

	public static void write(Results results, Path file) throws IOException {
		List<Chart<?, ?>> charts = new ArrayList<>();
		if (results.residents() != null) {
			charts.add(latency(results.residents()));
			charts.add(throughput(results.residents()));
		}
		if (!results.delivery().isEmpty()) {
			charts.add(delivery(results.delivery()));
		}
		if (!results.queue().isEmpty()) {
			charts.add(queue(results.queue()));
		}
		if (charts.isEmpty()) {
			return;
		}
		// the encoder fills every cell of the grid: two columns only when they come out
		// even
		int cols = (charts.size() % 2 == 0) ? 2 : 1;
		int rows = charts.size() / cols;
		BitmapEncoder.saveBitmap(charts, rows, cols, file.toString(), BitmapEncoder.BitmapFormat.PNG);
	}

	/** Latency by percentile: the whole distribution, tail included. */
	private static XYChart latency(Results.Residents residents) {
		XYChart chart = new XYChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title("Update to first reply (" + residents.residents() + " residents)")
			.xAxisTitle("percentile")
			.yAxisTitle("ms (log)")
			.build();
		chart.getStyler().setYAxisLogarithmic(true);
		chart.getStyler().setXAxisDecimalPattern("#");
		chart.getStyler().setMarkerSize(0);
		for (BotRun run : List.of(residents.evac(), residents.echo())) {
			double[] sorted = run.latenciesMs();
			int points = Math.min(sorted.length, 500);
			double[] x = new double[points];
			double[] y = new double[points];
			for (int i = 0; i < points; i++) {
				x[i] = 100.0 * (i + 1) / points;
				y[i] = Math.max(0.1, Latency.rank(sorted, x[i]));
			}
			if (points > 0) {
				chart.addSeries(run.bot(), x, y).setMarker(SeriesMarkers.NONE);
			}
		}
		return chart;
	}

	private static XYChart throughput(Results.Residents residents) {
		XYChart chart = new XYChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title("Updates answered per second")
			.xAxisTitle("seconds from the first update")
			.yAxisTitle("updates/s")
			.build();
		chart.getStyler().setMarkerSize(0);
		for (BotRun run : List.of(residents.evac(), residents.echo())) {
			int[] perSecond = perSecond(run.answeredAtS());
			if (perSecond.length > 0) {
				addSeries(chart, run.bot(), perSecond);
			}
		}
		return chart;
	}

	private static XYChart delivery(List<DeliveryRun> runs) {
		XYChart chart = new XYChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title("Delivery: messages accepted per second")
			.xAxisTitle("seconds from the first message")
			.yAxisTitle("messages/s")
			.build();
		chart.getStyler().setMarkerSize(0);
		for (DeliveryRun run : runs) {
			if (run.timeline().length > 0) {
				addSeries(chart, "cap " + run.cap() + "/s", run.timeline());
				int last = run.timeline().length - 1;
				XYSeries limit = chart.addSeries("cap " + run.cap() + "/s (limit)", new double[] { 0, last },
						new double[] { run.cap(), run.cap() });
				limit.setLineColor(Color.GRAY);
				limit.setMarker(SeriesMarkers.NONE);
			}
		}
		return chart;
	}

	private static CategoryChart queue(List<QueueRun> runs) {
		CategoryChart chart = new CategoryChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title("Volunteers' queue at " + String.format("%,d", runs.get(0).requests()) + " requests")
			.yAxisTitle("ms (log)")
			.build();
		// a page takes seconds, a detail milliseconds: only a log scale shows both
		chart.getStyler().setYAxisLogarithmic(true);
		chart.getStyler().setYAxisMin(1.0);
		for (QueueRun run : runs) {
			chart.addSeries(run.database() + " p50", List.of("page", "detail", "login only"),
					List.of(bar(run.page().p50()), bar(run.detail().p50()), bar(run.authOnly().p50())));
			chart.addSeries(run.database() + " p99", List.of("page", "detail", "login only"),
					List.of(bar(run.page().p99()), bar(run.detail().p99()), bar(run.authOnly().p99())));
		}
		return chart;
	}

	/** A log scale has no 0: a call never measured shows as nothing. */
	private static double bar(double ms) {
		return Math.max(1, ms);
	}

	private static void addSeries(XYChart chart, String name, int[] perSecond) {
		double[] x = new double[perSecond.length];
		double[] y = new double[perSecond.length];
		for (int i = 0; i < perSecond.length; i++) {
			x[i] = i;
			y[i] = perSecond[i];
		}
		XYSeries series = chart.addSeries(name, x, y);
		series.setMarker(SeriesMarkers.NONE);
	}

	private static int[] perSecond(double[] atSeconds) {
		if (atSeconds.length == 0) {
			return new int[0];
		}
		int[] counts = new int[(int) Math.ceil(atSeconds[atSeconds.length - 1]) + 1];
		for (double t : atSeconds) {
			counts[(int) t]++;
		}
		return counts;
	}

}
