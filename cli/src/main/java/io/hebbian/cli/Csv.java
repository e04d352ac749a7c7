package io.hebbian.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain numeric CSV: comma separated, optional header line of names. */
final class Csv {

    /** Rows of numbers and the header names (empty if there was no header). */
    record Table(List<String> header, List<double[]> rows) {
    }

    private Csv() {
    }

    /**
     * Reads a numeric CSV; the first line is a header if its first field is not a number.
     * Every row must have {@code width} values.
     */
    static Table readNumeric(Path file, int width) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of();
        List<double[]> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (rows.isEmpty() && header.isEmpty() && !isNumber(fields[0].strip())) {
                header = new ArrayList<>();
                for (String f : fields) {
                    header.add(f.strip());
                }
                if (header.size() != width) {
                    throw new Errors.UserException(file + ": header has " + header.size()
                            + " columns, the network takes " + width + " inputs");
                }
                continue;
            }
            if (fields.length != width) {
                throw new Errors.UserException(file + ": line " + (n + 1) + " has " + fields.length
                        + " values, the network takes " + width + " inputs");
            }
            double[] row = new double[width];
            for (int k = 0; k < width; k++) {
                String f = fields[k].strip();
                if (!isNumber(f)) {
                    throw new Errors.UserException(file + ": line " + (n + 1) + ", column " + (k + 1)
                            + ": not a number: '" + f + "'");
                }
                row[k] = Double.parseDouble(f);
                if (!Double.isFinite(row[k])) {
                    throw new Errors.UserException(file + ": line " + (n + 1) + ", column " + (k + 1)
                            + ": not finite: '" + f + "'");
                }
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Formats with 17 significant digits, enough to round-trip any double. */
    static String format(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    static void writeRow(BufferedWriter w, double[] row) throws IOException {
        for (int k = 0; k < row.length; k++) {
            if (k > 0) {
                w.write(',');
            }
            w.write(format(row[k]));
        }
        w.newLine();
    }
}
