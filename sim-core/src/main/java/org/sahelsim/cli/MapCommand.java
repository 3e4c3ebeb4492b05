package org.sahelsim.cli;

import org.sahelsim.core.UserError;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.sahelsim.map.GeoJsonWriter;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.MapRenderer;
import org.sahelsim.map.RoadClass;
import org.sahelsim.map.Town;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sahel map}: render the map, export it as GeoJSON, or show one cell's layers. */
@Command(name = "map", mixinStandardHelpOptions = true,
        header = "Draw the map, export it as GeoJSON, or show one cell.",
        description = {"Render the map of Mali, export its towns, roads and regions, or inspect one cell.",
            "Example: sahel map --png mali.png --width 1600;  sahel map --cell 16.27 -0.04"})
public final class MapCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--png", paramLabel = "FILE", description = "Write the map as a PNG image.")
    Path png;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1200",
            description = "Width of the PNG in pixels, 300..6000 (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--geojson", paramLabel = "FILE",
            description = "Write towns (points), roads (lines) and regions (polygons) as GeoJSON, EPSG:4326.")
    Path geojson;

    @Option(names = "--cell", arity = "2", paramLabel = "LAT LON", hideParamSyntax = true,
            description = "Print the layers of the cell holding this point (decimal degrees, west negative).")
    double[] cell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (png == null && geojson == null && cell == null) {
            throw new UserError("map: give at least one of --png FILE, --geojson FILE, --cell LAT LON (see 'sahel map --help')");
        }
        if (width < 300 || width > 6000) {
            throw new UserError("map: --width must be between 300 and 6000 pixels, not " + width);
        }
        if (cell != null && cell.length != 2) {
            throw new UserError("map: --cell given " + cell.length / 2 + " times (expected one --cell LAT LON)");
        }
        if (cell != null && (Double.isNaN(cell[0]) || Double.isNaN(cell[1]))) {
            throw new UserError("map: --cell needs two numbers, LAT LON");
        }
        MaliMap map = MaliMap.get();
        int cx = -1;
        int cy = -1;
        if (cell != null) {
            cx = map.cellX(cell[1]);
            cy = map.cellY(cell[0]);
            if (cx < 0 || cy < 0) {
                throw new UserError(String.format(Locale.ROOT,
                        "map: --cell %s %s is outside the map (lat %.1f..%.1f, lon %.1f..%.1f)",
                        fmt(cell[0]), fmt(cell[1]), MaliMap.SOUTH, MaliMap.NORTH, MaliMap.WEST, MaliMap.EAST));
            }
        }
        if (png != null) {
            BufferedImage img = new MapRenderer(map, width).render();
            writeAtomically(png, out -> ImageIO.write(img, "png", out));
            spec.commandLine().getOut().println("wrote " + png + " (" + img.getWidth() + "x" + img.getHeight() + " px)");
        }
        if (geojson != null) {
            writeAtomically(geojson, out -> new GeoJsonWriter(map).write(out));
            spec.commandLine().getOut().println("wrote " + geojson + " (" + map.towns().size() + " towns, "
                    + map.roads().size() + " roads, " + map.regions().size() + " regions)");
        }
        if (cell != null) {
            printCell(map, cx, cy, spec.commandLine().getOut());
        }
        return 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    private static void printCell(MaliMap map, int x, int y, PrintWriter out) {
        Town town = map.nearestTown(x, y);
        double km = MaliMap.distanceKm(map.latOf(y), map.lonOf(x), town.lat(), town.lon());
        RoadClass road = map.roadClass(x, y);
        StringBuilder regions = new StringBuilder();
        map.regions().stream().filter(r -> r.contains(x, y)).forEach(r -> regions.append(regions.length() > 0 ? ", " : "").append(r.id()));
        double lon = map.lonOf(x);
        out.printf(Locale.ROOT, "cell         x=%d y=%d (centre %.2f N, %.2f %s)%n", x, y, map.latOf(y), Math.abs(lon), lon < 0 ? "W" : "E");
        out.printf(Locale.ROOT, "country      %s%n", map.country(x, y).displayName());
        out.printf(Locale.ROOT, "elevation    %d m%n", map.elevationM(x, y));
        out.printf(Locale.ROOT, "ruggedness   %.1f m%n", map.ruggednessM(x, y));
        out.printf(Locale.ROOT, "july rain    %.0f mm%n", map.julyRainfallMm(x, y));
        out.printf(Locale.ROOT, "ecozone      %s%n", map.ecozone(x, y).name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "terrain      %s%n", map.terrain(x, y).name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "river        %s%n", map.isLake(x, y) ? "yes (lake or wide reach)" : map.isRiver(x, y) ? "yes" : "no");
        out.printf(Locale.ROOT, "road         %s%n", road == null ? "no" : road.id());
        out.printf(Locale.ROOT, "move cost    %.1f%n", map.moveCost(x, y));
        out.printf(Locale.ROOT, "regions      %s%n", regions.length() == 0 ? "-" : regions);
        out.printf(Locale.ROOT, "priogrid gid %d%n", map.priogridGid(x, y));
        out.printf(Locale.ROOT, "area         %.1f km2%n", map.cellAreaKm2(y));
        out.printf(Locale.ROOT, "nearest town %s (%.0f km, population %d, %s)%n", town.name(), km, town.population(), town.region());
        out.flush();
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file next to the target, then renames it into place. */
    static void writeAtomically(Path target, Writer writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("map: cannot write " + target + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new UserError("map: cannot write " + target + ": it is a directory");
        }
        Path tmp = null;
        try {
            // not createTempFile: it makes the file mode 0600, unlike every other output (the umask's 0644)
            tmp = dir.resolve("." + abs.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new UserError("map: cannot write " + target + ": permission denied or path missing", e);
        } catch (IOException e) {
            throw new UserError("map: cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is already gone or unreachable; nothing more to do
                }
            }
        }
    }
}
