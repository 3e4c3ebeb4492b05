package org.sahelsim.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the towns (Points), roads (LineStrings) and regions (Polygons) of the map as one GeoJSON
 * FeatureCollection in EPSG:4326 ([lon, lat] as RFC 7946 wants), which QGIS opens directly. Each
 * feature has a {@code layer} property ("town", "road", "region") to filter on.
 */
public final class GeoJsonWriter {
    private final MaliMap map;
    private final ObjectMapper json = new ObjectMapper();

    public GeoJsonWriter(MaliMap map) {
        this.map = map;
    }

    public ObjectNode featureCollection() {
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Town t : map.towns()) {
            ObjectNode f = feature(features, "town");
            ObjectNode p = (ObjectNode) f.get("properties");
            p.put("name", t.name());
            p.put("population", t.population());
            p.put("region", t.region());
            p.put("geonameId", t.geonameId());
            p.put("cellX", t.x());
            p.put("cellY", t.y());
            p.put("priogridGid", map.priogridGid(t.x(), t.y()));
            p.put("source", t.source());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.set("coordinates", lonLat(t.lat(), t.lon()));
        }
        for (Road r : map.roads()) {
            ObjectNode f = feature(features, "road");
            ObjectNode p = (ObjectNode) f.get("properties");
            p.put("id", r.id());
            p.put("name", r.name());
            p.put("class", r.roadClass().id());
            p.put("towns", String.join(" - ", r.towns()));
            ObjectNode g = f.putObject("geometry");
            g.put("type", "LineString");
            g.set("coordinates", line(r.points()));
        }
        for (Region r : map.regions()) {
            ObjectNode f = feature(features, "region");
            ObjectNode p = (ObjectNode) f.get("properties");
            p.put("id", r.id());
            p.put("name", r.name());
            p.put("cells", r.cells().size());
            p.put("derivation", r.derivation());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Polygon");
            ArrayNode rings = g.putArray("coordinates");
            rings.add(line(r.outline()));
        }
        return fc;
    }

    public void write(OutputStream out) throws IOException {
        json.writerWithDefaultPrettyPrinter().writeValue(out, featureCollection());
    }

    private ObjectNode feature(ArrayNode features, String layer) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.putObject("properties").put("layer", layer);
        return f;
    }

    private ArrayNode lonLat(double lat, double lon) {
        ArrayNode a = json.createArrayNode();
        a.add(round(lon));
        a.add(round(lat));
        return a;
    }

    private ArrayNode line(List<double[]> pts) {
        ArrayNode a = json.createArrayNode();
        for (double[] p : pts) {
            a.add(lonLat(p[0], p[1]));
        }
        return a;
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
