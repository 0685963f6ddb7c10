package io.wafml.checklist;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Gives imported pillars and categories their ids: the Well-Architected codes for known pillar names. */
final class PillarCodes {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
    private static final int MAX_SLUG = 60;
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("operationalexcellence", "OE"),
            Map.entry("オペレーショナルエクセレンス", "OE"),
            Map.entry("オペレーショナル・エクセレンス", "OE"),
            Map.entry("オペレーション・エクセレンス", "OE"),
            Map.entry("performanceefficiency", "PE"),
            Map.entry("パフォーマンス効率", "PE"),
            Map.entry("costoptimization", "CO"),
            Map.entry("コスト最適化", "CO"),
            Map.entry("reliability", "RE"),
            Map.entry("信頼性", "RE"),
            Map.entry("security", "SE"),
            Map.entry("セキュリティ", "SE"));

    private final Set<String> used = new HashSet<>();

    /** The code of the pillar at this position: its Well-Architected code, its initials, or {@code P} and its number. */
    String code(String name, int position) {
        String known = KNOWN.get(name.toLowerCase(Locale.ROOT).replace(" ", ""));
        String code = known != null ? known : initials(name);
        if (!CODE.matcher(code).matches() || !used.add(code)) {
            code = "P" + (position + 1);
            used.add(code);
        }
        return code;
    }

    /** A category id: the pillar code and the name in kebab case, or its position when the name has no ASCII word. */
    static String categoryId(String pillarCode, String name, int position) {
        String slug = NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = EDGE_DASHES
                .matcher(slug.substring(0, Math.min(slug.length(), MAX_SLUG)))
                .replaceAll("");
        return pillarCode + "-" + (slug.isEmpty() ? "category-" + (position + 1) : slug);
    }

    static String itemId(String pillarCode, int position) {
        return String.format(Locale.ROOT, "%s-%02d", pillarCode, position + 1);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : NOT_ALPHANUMERIC.split(name.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }
}
