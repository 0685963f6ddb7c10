package io.wafml.teams;

import io.wafml.checklist.Language;
import java.util.List;

/** Notes and N/A reasons the sample members write, in the sample's language. */
final class SampleTexts {

    private static final List<String> NOTES_EN = List.of(
            "Runbook is in the team wiki; the on-call engineer owns it.",
            "Checked in the Q3 review, see work item 4812.",
            "Only for the batch pipeline; the online endpoint is not covered yet.",
            "Owner: platform team (Diego). Target: end of next sprint.",
            "Alerts go to the ml-ops channel; thresholds are still tuned by hand.");
    private static final List<String> NOTES_JA = List.of(
            "手順書はチーム Wiki にあり、当番のエンジニアが管理しています。",
            "第 3 四半期のレビューで確認済み (作業項目 4812)。",
            "バッチ推論のパイプラインのみ対応。オンライン エンドポイントは未対応です。",
            "担当: プラットフォーム チーム (Diego)。次のスプリント末までに対応予定。",
            "アラートは ml-ops チャネルに通知。しきい値はまだ手動で調整しています。");
    private static final List<String> REASONS_EN =
            List.of("This workload does not use that service.", "Handled by the central platform team.");
    private static final List<String> REASONS_JA = List.of("このワークロードではそのサービスを使っていません。", "全社のプラットフォーム チームが管理しています。");

    private SampleTexts() {}

    static String note(Language language, int index) {
        List<String> notes = language == Language.JA ? NOTES_JA : NOTES_EN;
        return notes.get(Math.floorMod(index, notes.size()));
    }

    static String reason(Language language, int index) {
        List<String> reasons = language == Language.JA ? REASONS_JA : REASONS_EN;
        return reasons.get(Math.floorMod(index, reasons.size()));
    }
}
