package io.wafml.teams;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands the bot understands, each with its English word and Japanese aliases. */
enum Verb {
    START("start ‹workload› [yyyy-mm-dd]", "start", "開始"),
    ROLE("role ‹role name› @member @member ...", "role", "ロール"),
    ROLES("roles", "roles", "ロール一覧"),
    ASSIGN("assign ‹pillar› ‹role name | @member ...›", "assign", "割り当て", "担当"),
    SEND("send", "send", "送信", "配信"),
    STATUS("status", "status", "状況", "進捗"),
    DUE("due ‹yyyy-mm-dd›", "due", "期限"),
    REMIND("remind daily ‹hh:mm› [time zone] | every ‹n›d | off | me tomorrow", "remind", "リマインド"),
    FINISH("finish", "finish", "完了", "終了"),
    CANCEL("cancel", "cancel", "中止", "キャンセル"),
    HISTORY("history", "history", "履歴"),
    EXPORT("export", "export", "エクスポート"),
    COFACILITATOR("cofacilitator @member", "cofacilitator", "共同ファシリテーター"),
    HELP("help", "help", "ヘルプ", "使い方");

    private final String usage;
    private final List<String> words;

    Verb(String usage, String... words) {
        this.usage = usage;
        this.words = List.of(words);
    }

    /** How the command is typed, as shown in help. */
    String usage() {
        return usage;
    }

    /** The Japanese aliases of the command. */
    List<String> aliases() {
        return words.subList(1, words.size());
    }

    /** The English command word, as shown in help. */
    String word() {
        return words.get(0);
    }

    /** The verb a word names, in either language, ignoring case. */
    static Optional<Verb> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.words.contains(w)).findFirst();
    }
}
