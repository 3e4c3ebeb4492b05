package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.Locale;
import org.sahelsim.agents.Mission;
import org.sahelsim.agents.Posture;
import org.sahelsim.core.Faction;

class ScenarioSchemaTest {
    private static final Path CANONICAL = Path.of("../scenarios/scenario.schema.json");

    private static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(CANONICAL.toFile());
    }

    @Test
    void theJarCarriesTheCanonicalSchema() throws Exception {
        try (var in = ScenarioLoader.class.getResourceAsStream(ScenarioLoader.SCHEMA_RESOURCE)) {
            assertNotNull(in);
            assertArrayEquals(Files.readAllBytes(CANONICAL), in.readAllBytes());
        }
    }

    @Test
    void factionEnumMatchesTheModel() throws Exception {
        List<String> ids = new ArrayList<>();
        schema().at("/$defs/faction/enum").forEach(n -> ids.add(n.asText()));
        assertEquals(Arrays.stream(Faction.values()).map(Faction::id).toList(), ids);
    }

    @Test
    void postureAndMissionEnumsMatchTheModel() throws Exception {
        List<String> postures = new ArrayList<>();
        schema().at("/$defs/force/properties/posture/enum").forEach(n -> postures.add(n.asText()));
        assertEquals(Arrays.stream(Posture.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                postures.stream().sorted().toList());
        List<String> missions = new ArrayList<>();
        schema().at("/$defs/force/properties/mission/enum").forEach(n -> missions.add(n.asText()));
        assertEquals(Arrays.stream(Mission.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                missions.stream().sorted().toList());
    }

    @Test
    void everyPropertyIsDescribedForEditors() throws Exception {
        List<String> undocumented = new ArrayList<>();
        collect(schema(), "", undocumented);
        assertEquals(List.of(), undocumented);
    }

    private static void collect(JsonNode node, String at, List<String> undocumented) {
        if (!node.isObject()) {
            return;
        }
        JsonNode props = node.get("properties");
        if (props != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().has("description") && !e.getValue().has("$ref")) {
                    undocumented.add(at + "/properties/" + e.getKey());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            collect(e.getValue(), at + "/" + e.getKey(), undocumented);
        }
    }
}
