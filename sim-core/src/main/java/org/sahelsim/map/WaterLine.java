package org.sahelsim.map;

/**
 * A river centre line from GSHHG/WDB II: {@code level} 0 a bank of a double-lined river (the wide Niger), 1 permanent major river, 2 additional major,
 * 3 additional, 5 intermittent major; {@code points} as {lat, lon}.
 */
public record WaterLine(int level, double[][] points) {
}
