package care.tandem.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo directory files (written by tools/directory-demo/demo_services.py) still fit the code:
 * every taxonomy term they name is one of {@link TandemTaxonomy}'s, every address has a postcode
 * the demo postcodes file knows, positions are in England, and the postcodes file starts with the
 * ONS Postcode Directory's exact header. Catches a demo that drifts when the taxonomy or the
 * postcode rules change.
 */
class DemoDirectoryContentTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ONSPD_HEADER =
      "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,"
          + "osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,"
          + "casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua11,"
          + "buasd11,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21";

  @Test
  void everyServiceUsesTandemTermsAndKnownPostcodes() throws IOException {
    JsonNode services = JSON.readTree(read("directory/demo/services.json"));
    Map<String, double[]> centroids = centroids();
    Set<UUID> known = new HashSet<>(TandemTaxonomy.NEEDS_TERMS);
    known.addAll(TandemTaxonomy.DELIVERY_TERMS);
    known.addAll(TandemTaxonomy.ACCESSIBILITY_TERMS);
    known.add(TandemTaxonomy.SELF_REFERRAL);
    Set<UUID> ids = new HashSet<>();
    Set<UUID> needsSeen = new HashSet<>();
    List<String> problems = new ArrayList<>();

    assertThat(services.size()).isGreaterThanOrEqualTo(60);
    for (JsonNode service : services) {
      String name = service.get("name").asString();
      ids.add(UUID.fromString(service.get("id").asString()));
      for (JsonNode attribute : service.get("attributes")) {
        UUID term = UUID.fromString(attribute.get("taxonomy_term_id").asString());
        if (!known.contains(term)) {
          problems.add(name + ": unknown term " + term);
        }
        needsSeen.add(term);
      }
      for (JsonNode at : service.path("service_at_locations")) {
        JsonNode location = at.get("location");
        double latitude = location.get("latitude").asDouble();
        double longitude = location.get("longitude").asDouble();
        if (latitude < 49.9 || latitude > 55.9 || longitude < -5.8 || longitude > 1.8) {
          problems.add(name + ": " + latitude + ", " + longitude + " is not in England");
        }
        for (JsonNode attribute : location.path("attributes")) {
          UUID term = UUID.fromString(attribute.get("taxonomy_term_id").asString());
          if (!TandemTaxonomy.ACCESSIBILITY_TERMS.contains(term)) {
            problems.add(name + ": place has a term that is no access feature: " + term);
          }
        }
        for (JsonNode address : location.get("addresses")) {
          String postcode = Postcode.parse(address.get("postal_code").asString()).compact();
          if (!centroids.containsKey(postcode)) {
            problems.add(name + ": postcode " + postcode + " is not in postcodes.csv");
          }
        }
      }
    }

    assertThat(problems).isEmpty();
    assertThat(ids).hasSize(services.size());
    assertThat(needsSeen).containsAll(TandemTaxonomy.NEEDS_TERMS);
    assertThat(centroids).containsKey("ST55BG");
  }

  @Test
  void postcodesFileHasTheOnsHeader() throws IOException {
    String firstLine = read("directory/demo/postcodes.csv").lines().findFirst().orElseThrow();

    assertThat(firstLine).isEqualTo(ONSPD_HEADER);
  }

  private static Map<String, double[]> centroids() throws IOException {
    List<String> lines = read("directory/demo/postcodes.csv").lines().toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    Map<String, double[]> centroids = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).hasSize(header.size());
      centroids.put(
          Postcode.parse(cells[header.indexOf("pcds")]).compact(),
          new double[] {
            Double.parseDouble(cells[header.indexOf("lat")]),
            Double.parseDouble(cells[header.indexOf("long")])
          });
    }
    return centroids;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in =
        DemoDirectoryContentTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
