package io.wafml.cards.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Unit tests of the template engine's features and errors. */
class CardTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode expand(String template, String data) throws Exception {
        return CardTemplate.parse("test", template).expand(JSON.readTree(data));
    }

    @Test
    void interpolatesStringsAndKeepsTheJsonTypeOfWholeValueBindings() throws Exception {
        JsonNode card = expand(
                "{\"t\":\"Hello ${name}!\",\"n\":\"${count}\",\"b\":\"${ok}\",\"l\":\"${list}\",\"literal\":\"${1}\"}",
                "{\"name\":\"Ann\",\"count\":3,\"ok\":true,\"list\":[1,2]}");

        assertThat(card.toString())
                .isEqualTo("{\"t\":\"Hello Ann!\",\"n\":3,\"b\":true,\"l\":[1,2],\"literal\":\"1\"}");
    }

    @Test
    void repeatsAnElementForEachItemOfArrayDataWithIndexAndRoot() throws Exception {
        JsonNode card = expand(
                "{\"body\":[{\"$data\":\"${items}\",\"text\":\"${$index}:${id} of ${$root.title}\"}]}",
                "{\"title\":\"T\",\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");

        assertThat(card.get("body").toString()).isEqualTo("[{\"text\":\"0:a of T\"},{\"text\":\"1:b of T\"}]");
    }

    @Test
    void changesScopeWithObjectDataAndDropsElementsWhoseWhenIsFalse() throws Exception {
        JsonNode card = expand(
                "{\"body\":[{\"$data\":\"${person}\",\"text\":\"${name}\"},{\"$when\":\"${count > 5}\",\"text\":\"many\"},"
                        + "{\"$when\":\"${count > 1}\",\"text\":\"some\"}]}",
                "{\"person\":{\"name\":\"Bo\"},\"count\":3}");

        assertThat(card.get("body").toString()).isEqualTo("[{\"text\":\"Bo\"},{\"text\":\"some\"}]");
    }

    @Test
    void leavesUndefinedBindingsAsWrittenLikeTheOfficialEngine() throws Exception {
        JsonNode card = expand("{\"a\":\"${missing}\",\"b\":\"x ${missing.deep} y\"}", "{}");

        assertThat(card.get("a").asText()).isEqualTo("${missing}");
        assertThat(card.get("b").asText()).isEqualTo("x ${missing.deep} y");
    }

    @Test
    void neverEvaluatesExpressionsThatComeFromData() throws Exception {
        JsonNode card =
                expand("{\"a\":\"${text}\",\"b\":\"say ${text}\"}", "{\"text\":\"${secret}\",\"secret\":\"leak\"}");

        assertThat(card.get("a").asText()).isEqualTo("${secret}");
        assertThat(card.get("b").asText()).isEqualTo("say ${secret}");
    }

    @Test
    void insertsUserTextAsOneStringWhateverItContains() throws Exception {
        String hostile = "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil\"} \\ 日本 ✅\n";
        JsonNode data = JSON.createObjectNode().put("text", hostile);

        JsonNode card = CardTemplate.parse("t", "{\"body\":[{\"type\":\"TextBlock\",\"text\":\"Note: ${text}\"}]}")
                .expand(data);

        assertThat(card.get("body")).hasSize(1);
        assertThat(card.get("body").get(0).get("text").asText()).isEqualTo("Note: " + hostile);
    }

    @Test
    void computesNumbersAsJavaScriptDoes() throws Exception {
        JsonNode card = expand(
                "{\"a\":\"${7 / 2}\",\"b\":\"${7.5 / 2}\",\"c\":\"${0.1 + 0.2}\",\"d\":\"x${n}\",\"e\":\"${formatNumber(1234.5, 2)}\"}",
                "{\"n\":2.0}");

        assertThat(card.toString())
                .isEqualTo("{\"a\":3,\"b\":3.75,\"c\":0.30000000000000004,\"d\":\"x2\",\"e\":\"1,234.50\"}");
    }

    @Test
    void readsPropertiesCaseInsensitivelyAndWithIndexers() throws Exception {
        JsonNode card = expand(
                "{\"a\":\"${Person.NAME}\",\"b\":\"${list[1]['k']}\"}",
                "{\"person\":{\"name\":\"Cy\"},\"list\":[0,{\"k\":\"v\"}]}");

        assertThat(card.toString()).isEqualTo("{\"a\":\"Cy\",\"b\":\"v\"}");
    }

    @Test
    void exposesHostDataAsHost() throws Exception {
        JsonNode card = CardTemplate.parse("t", "{\"a\":\"${$host.theme}\"}")
                .expand(JSON.readTree("{}"), JSON.readTree("{\"theme\":\"dark\"}"));

        assertThat(card.get("a").asText()).isEqualTo("dark");
    }

    @Test
    void rejectsAnUnsupportedFunctionNamingTemplatePathAndExpression() {
        assertThatThrownBy(() -> CardTemplate.parse("score", "{\"body\":[{\"text\":\"${utcNow()}\"}]}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("score")
                .hasMessageContaining("$.body[0].text")
                .hasMessageContaining("${utcNow()}")
                .hasMessageContaining("unsupported function 'utcNow'");
    }

    @Test
    void rejectsASyntaxErrorNamingTemplatePathAndExpression() {
        assertThatThrownBy(() -> CardTemplate.parse("items", "{\"a\":{\"b\":\"${count(}\"}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("items")
                .hasMessageContaining("$.a.b")
                .hasMessageContaining("${count(}");
    }

    @Test
    void rejectsArgumentsOfTheWrongStaticTypeAndWrongArity() {
        assertThatThrownBy(() -> CardTemplate.parse("t", "{\"a\":\"${'q' * 2}\"}"))
                .isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> CardTemplate.parse("t", "{\"a\":\"${if(a, b)}\"}"))
                .hasMessageContaining("wrong number of arguments");
    }

    @Test
    void rejectsBackticksAndInvalidJson() {
        assertThatThrownBy(() -> CardTemplate.parse("t", "{\"a\":\"`${x}`\"}")).hasMessageContaining("backtick");
        assertThatThrownBy(() -> CardTemplate.parse("broken", "{\"a\":")).hasMessageContaining("broken");
    }

    @Test
    void failsExpansionWhenAnInterpolatedValueIsNullAsTheOfficialEngineDoes() {
        CardTemplate template = CardTemplate.parse("t", "{\"a\":\"Hi ${name}\"}");

        assertThatThrownBy(() -> template.expand(JSON.readTree("{\"name\":null}")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("$.a");
    }

    @Test
    void keepsEscapedAndIncompleteMarkersAsText() throws Exception {
        JsonNode card = expand("{\"a\":\"\\\\${x} and ${ x } and ${ 5\"}", "{\"x\":1}");

        assertThat(card.get("a").asText()).isEqualTo("${x} and 1 and ${ 5");
    }
}
