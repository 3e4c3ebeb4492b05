package org.sahelsim.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named set of grid cells (the Ifoghas, the Niger valley...). Immutable. Its outline is the
 * boundary of its cells, traced along cell edges, as a closed ring of {lat, lon} (first point
 * repeated at the end); for a region in several pieces, the outline of the largest piece.
 */
public final class Region {
    /**
     * A band rather than a drawn region: the cells north of the Niger valley (R12: Malian troops
     * "would not move north of the Niger River valley"); its edge is a rule parameter.
     */
    public static final String NORTH_OF_NIGER_VALLEY = "north-of-niger-valley";

    private final String id;
    private final String name;
    private final String derivation;
    private final boolean[] mask;
    private final List<int[]> cells;
    private final double centroidLat;
    private final double centroidLon;
    private final List<double[]> outline;

    Region(String id, String name, String derivation, boolean[] mask) {
        this.id = id;
        this.name = name;
        this.derivation = derivation;
        this.mask = mask.clone();
        List<int[]> list = new ArrayList<>();
        double sumLat = 0;
        double sumLon = 0;
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                if (mask[y * MaliMap.WIDTH + x]) {
                    list.add(new int[] {x, y});
                    sumLat += MaliMap.NORTH - (y + 0.5) * MaliMap.CELL_DEG;
                    sumLon += MaliMap.WEST + (x + 0.5) * MaliMap.CELL_DEG;
                }
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("region " + id + " has no cells");
        }
        this.cells = List.copyOf(list);
        this.centroidLat = sumLat / list.size();
        this.centroidLon = sumLon / list.size();
        this.outline = List.copyOf(traceOutline());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** How the region was derived from the map layers, for documentation and GeoJSON output. */
    public String derivation() {
        return derivation;
    }

    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < MaliMap.WIDTH && y < MaliMap.HEIGHT && mask[y * MaliMap.WIDTH + x];
    }

    /** The cells as {x, y}, row by row from the north-west; the arrays must not be modified. */
    public List<int[]> cells() {
        return cells;
    }

    public double centroidLat() {
        return centroidLat;
    }

    public double centroidLon() {
        return centroidLon;
    }

    public List<double[]> outline() {
        return outline;
    }

    /**
     * Walks the cell edges that separate an inside cell from an outside one, each directed so that
     * the inside is on its left, and chains them into rings; returns the ring enclosing most area.
     * Corners are grid-line intersections (cx, cy) with cx in 0..WIDTH, cy in 0..HEIGHT.
     */
    private List<double[]> traceOutline() {
        int w = MaliMap.WIDTH;
        Map<Long, List<long[]>> edgesFrom = new HashMap<>();
        for (int[] c : cells) {
            int x = c[0];
            int y = c[1];
            // corners in (cx, cy) with cy growing southwards; counter-clockwise on the map
            if (!contains(x, y - 1)) addEdge(edgesFrom, x + 1, y, x, y);         // north edge, east->west
            if (!contains(x - 1, y)) addEdge(edgesFrom, x, y, x, y + 1);         // west edge, north->south
            if (!contains(x, y + 1)) addEdge(edgesFrom, x, y + 1, x + 1, y + 1); // south edge, west->east
            if (!contains(x + 1, y)) addEdge(edgesFrom, x + 1, y + 1, x + 1, y); // east edge, south->north
        }
        List<double[]> best = List.of();
        double bestArea = -1;
        while (!edgesFrom.isEmpty()) {
            long start = edgesFrom.keySet().iterator().next();
            List<long[]> ring = new ArrayList<>();
            long at = start;
            do {
                List<long[]> out = edgesFrom.get(at);
                long[] e = out.remove(out.size() - 1);
                if (out.isEmpty()) {
                    edgesFrom.remove(at);
                }
                ring.add(e);
                at = e[1];
            } while (at != start && edgesFrom.containsKey(at));
            List<double[]> pts = new ArrayList<>();
            double area = 0;
            for (long[] e : ring) {
                int cx = (int) (e[0] / (w + 1));
                int cy = (int) (e[0] % (w + 1));
                int nx = (int) (e[1] / (w + 1));
                int ny = (int) (e[1] % (w + 1));
                area += (double) cx * ny - (double) nx * cy;
                pts.add(new double[] {MaliMap.NORTH - cy * MaliMap.CELL_DEG, MaliMap.WEST + cx * MaliMap.CELL_DEG});
            }
            pts.add(pts.get(0).clone());
            if (Math.abs(area) > bestArea) {
                bestArea = Math.abs(area);
                best = pts;
            }
        }
        return best;
    }

    private static void addEdge(Map<Long, List<long[]>> edgesFrom, int cx0, int cy0, int cx1, int cy1) {
        long a = (long) cx0 * (MaliMap.WIDTH + 1) + cy0;
        long b = (long) cx1 * (MaliMap.WIDTH + 1) + cy1;
        edgesFrom.computeIfAbsent(a, k -> new ArrayList<>()).add(new long[] {a, b});
    }

    @Override
    public String toString() {
        return id;
    }
}
