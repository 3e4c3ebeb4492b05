package org.sahelsim.map;

/**
 * A least-cost path over grid cells (8-neighbour), start and end included. {@code km} is its
 * length on the ground; {@code cost} is the same length weighted by {@link MaliMap#moveCost}, in
 * national-road-km equivalents.
 */
public record Route(int[] xs, int[] ys, double km, double cost) {
    public int length() {
        return xs.length;
    }
}
