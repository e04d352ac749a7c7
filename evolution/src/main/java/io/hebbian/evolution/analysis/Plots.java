package io.hebbian.evolution.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
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
        save(chart, png);
    }

    /**
     * Writes a heatmap of a row-major matrix (row = output neuron, column = input).
     *
     * @param values rows × cols values (Not modified)
     */
    public static void heatmap(Path png, String title, double[] values, int rows, int cols) throws IOException {
        System.setProperty("java.awt.headless", "true");
        HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(400, 8 * cols + 200))
                .height(Math.max(300, 5 * rows + 150)).title(title).xAxisTitle("input i").yAxisTitle("output j").build();
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setYAxisTicksVisible(false);
        double max = 1e-12;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        chart.getStyler().setMin(-max);
        chart.getStyler().setMax(max);
        chart.getStyler().setRangeColors(new java.awt.Color[] {new java.awt.Color(33, 102, 172), java.awt.Color.WHITE,
            new java.awt.Color(178, 24, 43)});
        java.util.List<Integer> x = new java.util.ArrayList<>();
        java.util.List<Integer> y = new java.util.ArrayList<>();
        for (int i = 0; i < cols; i++) {
            x.add(i);
        }
        for (int j = 0; j < rows; j++) {
            y.add(j);
        }
        java.util.List<Number[]> cells = new java.util.ArrayList<>(rows * cols);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                cells.add(new Number[] {i, j, values[j * cols + i]});
            }
        }
        chart.addSeries("W", x, y, cells);
        save(chart, png);
    }

    private static void save(Chart<?, ?> chart, Path png) throws IOException {
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
