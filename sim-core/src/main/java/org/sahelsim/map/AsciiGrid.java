package org.sahelsim.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the ESRI ASCII grids of the map resources and checks they fit the map grid exactly. */
final class AsciiGrid {
    private AsciiGrid() {
    }

    /** Values indexed [y * WIDTH + x], y = 0 the northern row, as the format stores them. */
    static double[] read(String resource) {
        InputStream in = MaliMap.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("map resource missing: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            int cols = (int) header(r, "ncols");
            int rows = (int) header(r, "nrows");
            double xll = header(r, "xllcorner");
            double yll = header(r, "yllcorner");
            double size = header(r, "cellsize");
            header(r, "NODATA_value");
            if (cols != MaliMap.WIDTH || rows != MaliMap.HEIGHT || Math.abs(xll - MaliMap.WEST) > 1e-9
                    || Math.abs(yll - MaliMap.SOUTH) > 1e-9 || Math.abs(size - MaliMap.CELL_DEG) > 1e-9) {
                throw new IllegalStateException(resource + ": grid does not match the map window");
            }
            double[] values = new double[cols * rows];
            for (int y = 0; y < rows; y++) {
                String line = r.readLine();
                if (line == null) {
                    throw new IllegalStateException(resource + ": only " + y + " rows");
                }
                String[] parts = line.trim().split("\\s+");
                if (parts.length != cols) {
                    throw new IllegalStateException(resource + ": row " + y + " has " + parts.length + " values");
                }
                for (int x = 0; x < cols; x++) {
                    values[y * cols + x] = Double.parseDouble(parts[x]);
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static double header(BufferedReader r, String key) throws IOException {
        String line = r.readLine();
        if (line == null || !line.regionMatches(true, 0, key, 0, key.length())) {
            throw new IllegalStateException("bad ESRI ASCII header, expected " + key + ": " + line);
        }
        return Double.parseDouble(line.substring(key.length()).trim());
    }
}
