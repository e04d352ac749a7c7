package io.hebbian.evolution.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts written as PNG with XChart (headless). */
public final class Plots {

    private Plots() {
    }

    /**
     * Writes a line chart.
     *
     * @param series name → {x[], y[]} (insertion order is legend order)
     */
    public static void lines(Path png, String title, String xLabel, String yLabel, Map<String, double[][]> series)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        chart.getStyler().setLegendVisible(series.size() > 1);
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            if (e.getValue()[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(e.getKey(), e.getValue()[0], e.getValue()[1]);
            s.setMarker(SeriesMarkers.NONE);
        }
        Path parent = png.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".plot", ".png");
        try {
            BitmapEncoder.saveBitmap(chart, tmp.toString(), BitmapEncoder.BitmapFormat.PNG);
            Files.move(tmp, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
