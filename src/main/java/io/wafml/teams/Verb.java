package io.wafml.teams;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands the bot understands, each with its English word and Japanese aliases. */
enum Verb {
    HELP("help", "ヘルプ", "?", "使い方"),
    START("start", "開始"),
    ROLE("role", "ロール"),
    ROLES("roles", "ロール一覧"),
    ASSIGN("assign", "割り当て", "担当"),
    SEND("send", "送信", "配信"),
    STATUS("status", "状況", "進捗"),
    DUE("due", "期限"),
    REMIND("remind", "リマインド"),
    FINISH("finish", "完了", "終了"),
    CANCEL("cancel", "中止", "キャンセル"),
    HISTORY("history", "履歴"),
    EXPORT("export", "エクスポート"),
    COFACILITATOR("cofacilitator", "共同ファシリテーター");

    private final List<String> words;

    Verb(String... words) {
        this.words = List.of(words);
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
