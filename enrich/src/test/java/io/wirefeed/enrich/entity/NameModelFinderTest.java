package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's own OpenNLP model plugs in as one more finder: trained here on a small sample, then loaded. */
class NameModelFinderTest {

    @Test
    void namesAModelFindsBecomeEntities(@TempDir Path dir) throws Exception {
        List<NameSample> samples = new ArrayList<>();
        String[] people = {"Aibek Dzhaparov", "Nurlan Sadykov", "Bakyt Osmonov", "Timur Alimov", "Rustam Karimov",
            "Dilnoza Yusupova", "Azamat Bekov", "Olga Petrova", "Ivan Sokolov", "Marat Iskakov"};
        for (int round = 0; round < 10; round++) {
            for (String person : people) {
                samples.add(NameSample.parse("<START:person> " + person + " <END> told reporters on Tuesday that "
                    + "talks would continue .", false));
                samples.add(NameSample.parse("The meeting was chaired by <START:person> " + person + " <END> in the "
                    + "capital .", false));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
            parameters, new TokenNameFinderFactory());
        Path file = dir.resolve("names.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
        EntityRecognizer recognizer = new EntityRecognizer(List.of(NameModelFinder.load(file)));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "Kanat Zhumabaev told reporters on Tuesday that talks would continue .");

        List<Entity> entities = recognizer.recognise(fields);

        assertThat(entities).singleElement().satisfies(entity -> {
            assertThat(entity.getType()).isEqualTo(EntityType.PERSON);
            assertThat(entity.getName()).isEqualTo("Kanat Zhumabaev");
            assertThat(entity.getMentions().get(0).getStart()).isZero();
        });
    }
}
