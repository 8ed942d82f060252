<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AddPeriodsDialog</name>
    <message>
        <source>Add Reporting Date</source>
        <translation>報告日の追加</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Add Fiscal Year</source>
        <translation>年度の追加</translation>
    </message>
    <message>
        <source>Add Custom Range</source>
        <translation>任意の期間の追加</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>通年</translation>
    </message>
    <message>
        <source>Halves</source>
        <translation>半期ごと</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>四半期ごと</translation>
    </message>
    <message>
        <source>&amp;Split into:</source>
        <translation>区切り方(&amp;S):</translation>
    </message>
    <message>
        <source>F&amp;irst month:</source>
        <translation>開始月(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Last month:</source>
        <translation>終了月(&amp;L):</translation>
    </message>
    <message>
        <source>Adds:</source>
        <translation>追加される期間:</translation>
    </message>
    <message>
        <source>The last month must not come before the first month.</source>
        <translation>終了月を開始月より前にすることはできません。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>バックアップのフォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>計画(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Copy plan from previous period</source>
        <translation>前の期間の計画をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>評価(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>状況(&amp;N):</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>計画:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>評価:</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>(unknown level %1)</source>
        <translation>（不明な段階 %1）</translation>
    </message>
</context>
<context>
    <name>CellHistoryModel</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入力元</translation>
    </message>
</context>
<context>
    <name>ChangesReportWriter</name>
    <message>
        <source>Printing needs the application&apos;s fonts, which a console run does not load.</source>
        <translation>印刷にはアプリケーションのフォントが必要ですが、コンソールからの実行では読み込まれません。</translation>
    </message>
    <message>
        <source>The pages cannot be painted.</source>
        <translation>ページを描画できません。</translation>
    </message>
    <message>
        <source>Page %1 cannot be started.</source>
        <translation>%1 ページ目を開始できません。</translation>
    </message>
    <message>
        <source>The pages cannot be finished.</source>
        <translation>ページを完成できません。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: not written (%2)</source>
        <translation>%1: 書き出していません（%2）</translation>
    </message>
</context>
<context>
    <name>ChapterDialog</name>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>The chapter needs a title.</source>
        <translation>章の名称を入力してください。</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>Statuses per period</source>
        <translation>期間ごとの評価</translation>
    </message>
    <message>
        <source>Distribution in one period</source>
        <translation>期間の評価の内訳</translation>
    </message>
    <message>
        <source>Breakdown of one period</source>
        <translation>期間の評価の分類別集計</translation>
    </message>
    <message>
        <source>Achieved share per period</source>
        <translation>期間ごとの達成率</translation>
    </message>
    <message>
        <source>By chapter</source>
        <translation>章別</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>タグ別</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>所管課別</translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation>表示するグラフ</translation>
    </message>
    <message>
        <source>The period to show</source>
        <translation>表示する期間</translation>
    </message>
    <message>
        <source>What to group the rows by</source>
        <translation>行をまとめる単位</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>グラフを PNG または SVG 画像として保存します</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
    <message>
        <source>The plan has no periods yet: add them in Plan ▸ Periods.</source>
        <translation>計画に期間がまだありません。計画 ▸ 期間 で追加してください。</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>行数: %1</translation>
    </message>
    <message>
        <source>rows: %1 of %2 (filtered)</source>
        <translation>行数: %2 行中 %1 行（絞り込み中）</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>絞り込みに該当する行がありません。</translation>
    </message>
    <message>
        <source>No statuses in any period yet.</source>
        <translation>どの期間にもまだ評価がありません。</translation>
    </message>
    <message>
        <source>No statuses in %1 yet.</source>
        <translation>%1 にはまだ評価がありません。</translation>
    </message>
    <message>
        <source>%1
%2
Rows: %3 of %4 with a status (%5%)</source>
        <translation>%1
%2
行数: 評価のある %4 行中 %3 行（%5%）</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>No statuses yet: %1</source>
        <translation>まだ評価がありません: %1</translation>
    </message>
    <message>
        <source>Statuses per period · %1</source>
        <translation>期間ごとの評価 · %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows have a status</source>
        <translation>%1: %3 行中 %2 行に評価あり</translation>
    </message>
    <message>
        <source>%1: %2 of %3 matching rows have a status</source>
        <translation>%1: 該当する %3 行中 %2 行に評価あり</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2
%3% of all %4 rows</source>
        <translation>%1
%2
全 %4 行の %3%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>第%1章 %2</translation>
    </message>
    <message>
        <source>Rows without a status in this period, not drawn: %1</source>
        <translation>この期間に評価のない行（図には含めていません）: %1</translation>
    </message>
    <message>
        <source>%1 by chapter · %2</source>
        <translation>%1 章別 · %2</translation>
    </message>
    <message>
        <source>%1 by tag · %2</source>
        <translation>%1 タグ別 · %2</translation>
    </message>
    <message>
        <source>%1 by department · %2</source>
        <translation>%1 所管課別 · %2</translation>
    </message>
    <message>
        <source>Share of rows at an achieved level · %1</source>
        <translation>達成とみなす評価の行の割合 · %1</translation>
    </message>
    <message>
        <source>%1
%2 of %3 rows achieved (%4%)</source>
        <translation>%1
%3 行中 %2 行が達成（%4%）</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .png or .svg.</source>
        <translation>%1 にエクスポートできません: ファイル名の末尾は .png または .svg にしてください。</translation>
    </message>
    <message>
        <source>Cannot export to %1: there is no chart to export (%2)</source>
        <translation>%1 にエクスポートできません: エクスポートするグラフがありません（%2）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>グラフ.png</translation>
    </message>
</context>
<context>
    <name>CheckRules</name>
    <message>
        <source>Achieved without narrative</source>
        <translation>状況未記入（達成）</translation>
    </message>
    <message>
        <source>A cell has an achieved status but no narrative saying what was done.</source>
        <translation>セルの評価が達成なのに、実施した内容を記した状況がありません。</translation>
    </message>
    <message>
        <source>Behind plan without narrative</source>
        <translation>状況未記入（遅れ）</translation>
    </message>
    <message>
        <source>A cell&apos;s status is below &quot;on plan&quot; (such as △, × or C, D) but no narrative explains why.</source>
        <translation>セルの評価が「計画どおり」より下（△、× や C、D など）なのに、理由を説明する状況がありません。</translation>
    </message>
    <message>
        <source>Target date passed</source>
        <translation>目標期日の経過</translation>
    </message>
    <message>
        <source>A row&apos;s target date (or its pledge&apos;s) is before the end of its latest period with a status, and that status is not achieved.</source>
        <translation>行の目標期日（行にない場合は公約の目標期日）が、評価のある最新の期間の終わりより前なのに、その評価が達成ではありません。</translation>
    </message>
    <message>
        <source>Status went down</source>
        <translation>評価の低下</translation>
    </message>
    <message>
        <source>A row&apos;s status is worse than in its previous period with a status.</source>
        <translation>行の評価が、評価のある直前の期間より下がっています。</translation>
    </message>
    <message>
        <source>Period mostly empty</source>
        <translation>期間の大半が空欄</translation>
    </message>
    <message>
        <source>More than half of the rows have no plan, status or narrative in a period.</source>
        <translation>ある期間で、半数を超える行に計画・評価・状況のいずれもありません。</translation>
    </message>
    <message>
        <source>Plan same as previous period</source>
        <translation>計画が前の期間と同じ</translation>
    </message>
    <message>
        <source>A row&apos;s plan is word for word the plan of the period before.</source>
        <translation>行の計画が、前の期間の計画と一字一句同じです。</translation>
    </message>
</context>
<context>
    <name>ChecksPane</name>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>ルール…</translation>
    </message>
    <message>
        <source>Switch checks on or off for this plan</source>
        <translation>この計画で行うチェックのオン/オフを切り替えます</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>指摘 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n check(s) switched off)</source>
        <translation>
            <numerusform>（%n 件のチェックはオフ）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionStatusDialog</name>
    <message>
        <source>Collection Status</source>
        <translation>回収状況</translation>
    </message>
    <message>
        <source>&amp;Period collected:</source>
        <translation>回収する期間(&amp;P):</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回収日</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>取込日</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Still Empty</source>
        <translation>空欄のまま</translation>
    </message>
    <message>
        <source>Rows with neither a status nor a narrative for the period yet</source>
        <translation>この期間の評価も状況もまだない行</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>not sent</source>
        <translation>未送付</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>回収済み</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>取込済み</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Chapter number</source>
        <translation>章の番号</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>章の名称</translation>
    </message>
    <message>
        <source>Pledge number</source>
        <translation>公約の番号</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Pledge title</source>
        <translation>公約の名称</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>行の id</translation>
    </message>
    <message>
        <source>Row kind</source>
        <translation>行の種類</translation>
    </message>
    <message>
        <source>Item marker (①)</source>
        <translation>項目記号（①）</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>項目の名称</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column: write its letter (A, B, … AA) or its number counting from 1</source>
        <translation>「%1」は列ではありません。列の文字（A、B、… AA）か、1 から数えた列番号で指定してください</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>0 以上の整数で指定してください</translation>
    </message>
    <message>
        <source>unknown key; known are %1</source>
        <translation>不明なキーです。使用できるキー: %1</translation>
    </message>
    <message>
        <source>must be an object of field: column</source>
        <translation>「フィールド: 列」のオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must be a list of period column groups</source>
        <translation>期間ごとの列の組のリストで指定してください</translation>
    </message>
    <message>
        <source>must be an object with period, plan, status, narrative</source>
        <translation>period、plan、status、narrative を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>a period label is required, e.g. &quot;令和6年度 上半期&quot;</source>
        <translation>期間の表示名が必要です（例:「令和6年度 上半期」）</translation>
    </message>
    <message>
        <source>must be an object of word: level code</source>
        <translation>「語句: 段階のコード」のオブジェクトで指定してください</translation>
    </message>
    <message>
        <source>must be a level code of the scale, e.g. &quot;A&quot; or &quot;☆&quot;</source>
        <translation>尺度の段階のコードで指定してください（例:「A」、「☆」）</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 のいずれかで指定してください</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1（%2 文字目）</translation>
    </message>
    <message>
        <source>the file must hold one object</source>
        <translation>ファイル全体が1つのオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>「%1」にしてください</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 にしてください</translation>
    </message>
    <message>
        <source>version %1 is newer than this program reads (%2); update Pledge Tracker</source>
        <translation>バージョン %1 は、このプログラムが読めるバージョン（%2）より新しいものです。Pledge Tracker を更新してください</translation>
    </message>
    <message>
        <source>sheets count from 1</source>
        <translation>シートの番号は 1 から数えます</translation>
    </message>
    <message>
        <source>must be &quot;wide&quot; or &quot;long&quot;</source>
        <translation>「wide」または「long」にしてください</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false にしてください</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>pledgetracker: unknown command &quot;%1&quot;.</source>
        <translation>pledgetracker: 不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Prints status counts per period.</source>
        <translation>期間ごとの評価の件数を表示します。</translation>
    </message>
    <message>
        <source>Print stable JSON (see README).</source>
        <translation>安定した形式の JSON で出力します（README 参照）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The .pledges plan.</source>
        <translation>.pledges の計画ファイル。</translation>
    </message>
    <message>
        <source>pledgetracker summary: expects exactly one FILE.</source>
        <translation>pledgetracker summary: FILE をちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>Open a bundled sample plan.</source>
        <translation>同梱のサンプル計画を開きます。</translation>
    </message>
    <message>
        <source>Open the file read-only.</source>
        <translation>ファイルを読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>ja or en.</source>
        <translation>ja または en。</translation>
    </message>
    <message>
        <source>The .pledges plan to open.</source>
        <translation>開く .pledges の計画ファイル。</translation>
    </message>
    <message>
        <source>pledgetracker: wrong arguments.</source>
        <translation>pledgetracker: 引数が正しくありません。</translation>
    </message>
    <message>
        <source>table, summary or department.</source>
        <translation>table（進捗表）、summary（集計）または department（所管課別）。</translation>
    </message>
    <message>
        <source>The department of a department sheet.</source>
        <translation>所管課別シートの所管課。</translation>
    </message>
    <message>
        <source>A period id from summary --json; repeatable.</source>
        <translation>summary --json が表示する期間の id。複数指定できます。</translation>
    </message>
    <message>
        <source>a4 (default) or a3.</source>
        <translation>a4（既定）または a3。</translation>
    </message>
    <message>
        <source>Landscape pages.</source>
        <translation>横向きのページ。</translation>
    </message>
    <message>
        <source>Headings in ja (default) or en.</source>
        <translation>見出しの言語: ja（既定）または en。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>書き出す PDF。</translation>
    </message>
    <message>
        <source>expects exactly one FILE.</source>
        <translation>FILE をちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>-o OUT.pdf is required.</source>
        <translation>-o OUT.pdf を指定してください。</translation>
    </message>
    <message>
        <source>--layout must be table, summary or department, not &quot;%1&quot;.</source>
        <translation>--layout は table、summary、department のいずれかです（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--layout department needs --department NAME.</source>
        <translation>--layout department には --department NAME が必要です。</translation>
    </message>
    <message>
        <source>--department is only for --layout department.</source>
        <translation>--department は --layout department のときだけ使えます。</translation>
    </message>
    <message>
        <source>--paper must be a4 or a3, not &quot;%1&quot;.</source>
        <translation>--paper は a4 または a3 です（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--language must be ja or en, not &quot;%1&quot;.</source>
        <translation>--language は ja または en です（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--period expects a period id from summary --json, not &quot;%1&quot;.</source>
        <translation>--period には summary --json が表示する期間の id を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>%1: has no department &quot;%2&quot; (--department).</source>
        <translation>%1: 所管課「%2」がありません（--department）。</translation>
    </message>
    <message>
        <source>%1: has no period with id %2 (--period; see summary --json).</source>
        <translation>%1: id %2 の期間がありません（--period。summary --json を参照）。</translation>
    </message>
    <message>
        <source>Usage:
  pledgetracker [--sample iruma|tokorozawa] [--read-only] [--language ja|en] [FILE]
      Opens the editor on FILE (a .pledges plan), or on a writable copy of a
      bundled sample plan.
  pledgetracker summary [--json] FILE
      Prints the number of chapters, pledges and rows, and per period the count
      of rows at each status level and with none.
  pledgetracker report --layout table|summary|department [--department NAME]
                       [--period ID]... [--paper a4|a3] [--landscape]
                       [--language ja|en] FILE -o OUT.pdf
      Writes a PDF: the progress table, the summary of status counts, or one
      department&apos;s rows. --period takes the ids summary --json prints
      (periods[].id), once per period; without it every period is printed.
      A4 portrait and Japanese headings unless told otherwise.
  pledgetracker --help | --version

Exit codes: 0 success, 1 wrong usage, 2 a file that cannot be used.
</source>
        <translation>使い方:
  pledgetracker [--sample iruma|tokorozawa] [--read-only] [--language ja|en] [FILE]
      FILE（.pledges の計画ファイル）、または同梱のサンプル計画の書き込み可能な
      コピーをエディターで開きます。
  pledgetracker summary [--json] FILE
      章・公約・行の数と、期間ごとに各評価の行数（評価なしを含む）を表示します。
  pledgetracker report --layout table|summary|department [--department NAME]
                       [--period ID]... [--paper a4|a3] [--landscape]
                       [--language ja|en] FILE -o OUT.pdf
      PDF を書き出します: 進捗表、評価の件数の集計、または1つの所管課の行。
      --period には summary --json が表示する id（periods[].id）を期間ごとに
      指定します。省略するとすべての期間を印刷します。
      指定がなければ A4 縦、日本語の見出しです。
  pledgetracker --help | --version

終了コード: 0 成功、1 使い方の誤り、2 使用できないファイル。
</translation>
    </message>
    <message>
        <source>%1: pages written: %2</source>
        <translation>%1: %2 ページを書き出しました</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 を指定してください。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 は 1 から %2 までの整数です（「%3」は使えません）。</translation>
    </message>
    <message>
        <source>
For trying out and measuring the editor:
  pledgetracker generate --pledges N --rows-per-pledge M --periods P
                         [--seed S] -o FILE
      Writes a new plan of made-up but realistic content: N pledges of M
      department rows, P half-year periods from FY2019, about 80% of cells
      filled, some history. The same seed (default 1) gives the same plan.
      FILE must not exist.
</source>
        <translation>
エディターの試用と性能測定のために:
  pledgetracker generate --pledges N --rows-per-pledge M --periods P
                         [--seed S] -o FILE
      架空ながら現実的な内容の新しい計画を書き出します: 所管課の行を M 行ずつ持つ
      公約 N 件、2019年度からの半期 P 期間、セルの約8割に入力、変更履歴つき。
      同じ seed（既定 1）からは同じ計画ができます。
      FILE は存在しないファイルを指定してください。
</translation>
    </message>
    <message>
        <source>How many pledges.</source>
        <translation>公約の数。</translation>
    </message>
    <message>
        <source>How many department rows each pledge has.</source>
        <translation>公約ごとの所管課の行の数。</translation>
    </message>
    <message>
        <source>How many half-year periods, from FY2019.</source>
        <translation>2019年度からの半期の数。</translation>
    </message>
    <message>
        <source>The random seed (default 1).</source>
        <translation>乱数の seed（既定 1）。</translation>
    </message>
    <message>
        <source>The plan to write; must not exist.</source>
        <translation>書き出す計画。存在しないファイルを指定します。</translation>
    </message>
    <message>
        <source>takes no FILE argument; name the plan to write with -o FILE.</source>
        <translation>FILE 引数は取りません。書き出す計画は -o FILE で指定してください。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed は 0 から 4294967295 までの整数です。</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o FILE を指定してください。</translation>
    </message>
    <message>
        <source>at most 1,000,000 rows (--pledges × --rows-per-pledge).</source>
        <translation>行数は最大 1,000,000 行です（--pledges × --rows-per-pledge）。</translation>
    </message>
    <message>
        <source>%1: already exists; it is left as it is.</source>
        <translation>%1: すでに存在します。ファイルはそのままです。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: %2 pledges, %3 rows, %4 periods written.</source>
        <translation>%1: 公約 %2 件、%3 行、%4 期間を書き出しました。</translation>
    </message>
    <message>
        <source>
Import and export:
  pledgetracker import [--format iruma|csv|tsv|xlsx|json] [--mapping MAP.json]
                       INPUT -o OUT.pledges
      Makes a new plan from Iruma&apos;s progress table, a CSV/TSV/XLSX sheet
      (columns recognised from the headers, or as MAP.json says; see
      docs/import-mapping.md) or a JSON export. The format is recognised
      unless given. OUT.pledges must not exist.
  pledgetracker export --format csv|xlsx|json [--language ja|en] FILE -o OUT
      Writes open-data CSV (UTF-8 with BOM, one line per row and period), an
      XLSX workbook like the progress table, or lossless JSON.
</source>
        <translation>
インポートとエクスポート:
  pledgetracker import [--format iruma|csv|tsv|xlsx|json] [--mapping MAP.json]
                       INPUT -o OUT.pledges
      入間市の進捗状況一覧表、CSV/TSV/XLSX のシート（列は見出しから認識、
      または MAP.json の指定どおり。docs/import-mapping.md を参照）、
      または JSON エクスポートから新しい計画を作成します。形式は指定が
      なければ自動で認識します。OUT.pledges は存在しないファイルを指定します。
  pledgetracker export --format csv|xlsx|json [--language ja|en] FILE -o OUT
      オープンデータ用の CSV（BOM 付き UTF-8、行と期間ごとに1行）、進捗表と
      同じ形の XLSX ブック、または情報を失わない JSON を書き出します。
</translation>
    </message>
    <message>
        <source>
Consistency checks:
  pledgetracker check [--json] FILE
      Lists what a reviewer would query, one line per finding: statuses
      without a narrative, passed target dates, statuses that went down,
      periods mostly empty, plans copied from the period before. The rules
      switched off for the plan are skipped. Exit code 3 when it finds any.
</source>
        <translation>
整合性チェック:
  pledgetracker check [--json] FILE
      確認者が指摘しそうな点を、指摘ごとに1行で一覧表示します: 状況の記載が
      ない評価、過ぎた目標期日、下がった評価、大半が空欄の期間、前の期間から
      コピーされた計画。計画でオフにしたルールは行いません。
      指摘があれば終了コード 3 で終了します。
</translation>
    </message>
    <message>
        <source>iruma, csv, tsv, xlsx or json (default: recognised).</source>
        <translation>iruma、csv、tsv、xlsx または json（既定: 自動認識）。</translation>
    </message>
    <message>
        <source>A column mapping saved by the import wizard.</source>
        <translation>インポート ウィザードで保存した列の対応付け。</translation>
    </message>
    <message>
        <source>The new plan; must not exist.</source>
        <translation>新しい計画。存在しないファイルを指定します。</translation>
    </message>
    <message>
        <source>--format must be iruma, csv, tsv, xlsx or json, not &quot;%1&quot;.</source>
        <translation>--format は iruma、csv、tsv、xlsx、json のいずれかです（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>expects exactly one INPUT file.</source>
        <translation>INPUT ファイルをちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>-o OUT.pledges is required.</source>
        <translation>-o OUT.pledges を指定してください。</translation>
    </message>
    <message>
        <source>--mapping is only for csv, tsv and xlsx.</source>
        <translation>--mapping は csv、tsv、xlsx のときだけ使えます。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: %2 chapters, %3 pledges, %4 rows, %5 periods imported from %6.</source>
        <translation>%1: %6 から %2 章、公約 %3 件、%4 行、%5 期間をインポートしました。</translation>
    </message>
    <message>
        <source>csv, xlsx or json.</source>
        <translation>csv、xlsx または json。</translation>
    </message>
    <message>
        <source>XLSX headings in ja (default) or en.</source>
        <translation>XLSX の見出しの言語: ja（既定）または en。</translation>
    </message>
    <message>
        <source>The file to write; replaced if it exists.</source>
        <translation>書き出すファイル。存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json, not &quot;%1&quot;.</source>
        <translation>--format は csv、xlsx、json のいずれかです（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--format csv|xlsx|json is required.</source>
        <translation>--format csv|xlsx|json を指定してください。</translation>
    </message>
    <message>
        <source>-o OUT is required.</source>
        <translation>-o OUT を指定してください。</translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 periods written.</source>
        <translation>%1: %2 行 × %3 期間を書き出しました。</translation>
    </message>
    <message>
        <source>
Collecting updates from departments:
  pledgetracker departments export --period ID [--next-plan]
                                    [--department NAME]... FILE -o DIR
      Writes one XLSX workbook per department (or per --department) into DIR:
      its rows with the fixed fields locked, the period&apos;s plan, status and
      narrative to fill in, and the next period&apos;s plan with --next-plan.
      Records them as sent in FILE.
  pledgetracker departments merge [--period ID] [--accept-all [--apply-rest]
                                   | --dry-run] FILE RETURNED.xlsx...
      Lists every field the returned workbooks change, marking conflicts
      (changed in the plan too since sending) and problems (another plan or
      period, damaged row ids, unknown statuses, edited locked cells).
      --accept-all applies the changes that are not conflicts, of workbooks
      without problems (with --apply-rest: their other rows too), as one
      step. Exit code 3 when conflicts or problems were left out.
  pledgetracker departments status --period ID FILE
      Per department: not sent, sent, returned or merged, with the dates and
      the rows still empty.
</source>
        <translation>
所管課からの更新の回収:
  pledgetracker departments export --period ID [--next-plan]
                                    [--department NAME]... FILE -o DIR
      所管課ごと（または --department ごと）に XLSX ブックを DIR に書き出します:
      固定の欄をロックした所管課の行、記入してもらう期間の計画・評価・状況、
      --next-plan を付けた場合は次の期間の計画。
      FILE には送付済みとして記録します。
  pledgetracker departments merge [--period ID] [--accept-all [--apply-rest]
                                   | --dry-run] FILE RETURNED.xlsx...
      回収したブックが変更するすべての欄を一覧表示し、競合（送付後に計画側でも
      変更されたもの）と問題（別の計画・期間、壊れた行 id、不明な評価、
      ロックされたセルの編集）を示します。--accept-all は、問題のないブックの
      競合でない変更（--apply-rest を付けると、問題のあるブックの問題のない行も）
      を1回の操作で適用します。競合や問題があって取り込まなかった変更が
      あれば終了コード 3 で終了します。
  pledgetracker departments status --period ID FILE
      所管課ごとに、未送付・送付済み・回収済み・取込済みの状態を、日付と
      まだ空欄の行数とともに表示します。
</translation>
    </message>
    <message>
        <source>The period collected: an id from summary --json.</source>
        <translation>回収する期間: summary --json が表示する id。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>status</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>CONFLICT: changed in the plan too since it was sent out (was %1)</source>
        <translation>競合: 送付後に計画側でも変更されています（送付時は %1）</translation>
    </message>
    <message>
        <source>CONFLICT: another returned workbook changes it differently</source>
        <translation>競合: 回収した別のブックが異なる値に変更しています</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3: %n change(s)</source>
        <translation>
            <numerusform>%1: %2、%3: 変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the next period&apos;s plan too.</source>
        <translation>次の期間の計画もあわせて依頼します。</translation>
    </message>
    <message>
        <source>Only this department; repeatable.</source>
        <translation>この所管課のみ。複数指定できます。</translation>
    </message>
    <message>
        <source>The folder to write the workbooks into.</source>
        <translation>ブックを書き出すフォルダー。</translation>
    </message>
    <message>
        <source>--period ID is required.</source>
        <translation>--period ID を指定してください。</translation>
    </message>
    <message>
        <source>-o DIR is required.</source>
        <translation>-o DIR を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n row(s)</source>
        <translation>
            <numerusform>%1: %2、%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) written for %1.</source>
        <translation>
            <numerusform>%1 のブックを %n 件書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply every change that is not a conflict.</source>
        <translation>競合していない変更をすべて適用します。</translation>
    </message>
    <message>
        <source>With --accept-all: also apply the rows without problems of workbooks with some.</source>
        <translation>--accept-all と併用: 問題のあるブックの、問題のない行も適用します。</translation>
    </message>
    <message>
        <source>Only list the changes.</source>
        <translation>変更を一覧表示するだけにします。</translation>
    </message>
    <message>
        <source>--accept-all and --dry-run exclude each other.</source>
        <translation>--accept-all と --dry-run は同時に指定できません。</translation>
    </message>
    <message>
        <source>--apply-rest goes with --accept-all.</source>
        <translation>--apply-rest は --accept-all と一緒に指定してください。</translation>
    </message>
    <message>
        <source>expects the plan FILE and at least one RETURNED.xlsx.</source>
        <translation>計画の FILE と、1つ以上の RETURNED.xlsx を指定してください。</translation>
    </message>
    <message>
        <source>none of the returned workbooks can be merged into %1.</source>
        <translation>回収したブックはどれも %1 に取り込めません。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n 件の変更を適用しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply; nothing was applied</source>
        <translation>
            <numerusform>適用する変更は %n 件です。まだ何も適用していません</numerusform>
        </translation>
    </message>
    <message>
        <source>: run again with --accept-all to apply them.</source>
        <translation>。適用するには --accept-all を付けて再実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left out: decide them in the editor.</source>
        <translation>
            <numerusform>競合 %n 件は取り込んでいません。エディターで判断してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) with problems: see the messages; their rows with problems are left out, the rest too unless --apply-rest.</source>
        <translation>
            <numerusform>問題のあるブック %n 件: メッセージを確認してください。問題のある行は取り込まず、--apply-rest を指定しない限り残りの行も取り込みません。</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>送付 %1</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>回収 %1</translation>
    </message>
    <message>
        <source>merged %1</source>
        <translation>取込 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) still empty</source>
        <translation>
            <numerusform>%n 行中 %1 行がまだ空欄</numerusform>
        </translation>
    </message>
    <message>
        <source>pledgetracker departments: expects export, merge or status, not &quot;%1&quot;.</source>
        <translation>pledgetracker departments: export、merge、status のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>Print a published edition: an id from editions list.</source>
        <translation>印刷する公表版: editions list が表示する id。</translation>
    </message>
    <message>
        <source>--edition expects an id from editions list, not &quot;%1&quot;.</source>
        <translation>--edition には editions list が表示する id を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>
Published editions:
  pledgetracker editions list FILE
      One line per edition, tab-separated: id, date, name, when published
      (UTC) and by whom.
  pledgetracker editions publish [--name NAME] [--date YYYY-MM-DD] FILE
      Freezes the plan as it is now inside FILE, as an edition that can never
      be changed. The name defaults to the plan&apos;s as-of date (令和6年9月末現在),
      the date to today.
  pledgetracker editions report --edition ID|--since-last [--to ID]
                                [--paper a4|a3] [--landscape]
                                [--language ja|en] FILE -o OUT.pdf
      Writes the changes since an edition (or the last one) up to the plan
      now (or edition --to): statuses up and down, new and removed rows,
      changed texts.
  pledgetracker report --edition ID ...
      Prints an edition exactly as it was published, in any layout.
</source>
        <translation>
公表版:
  pledgetracker editions list FILE
      公表版ごとに1行、タブ区切りで表示します: id、日付、名称、公表日時
      （UTC）、公表者。
  pledgetracker editions publish [--name NAME] [--date YYYY-MM-DD] FILE
      現在の計画を、以後変更できない公表版として FILE 内に固定します。
      名称の既定は計画の時点（令和6年9月末現在）、
      日付の既定は今日です。
  pledgetracker editions report --edition ID|--since-last [--to ID]
                                [--paper a4|a3] [--landscape]
                                [--language ja|en] FILE -o OUT.pdf
      公表版（--since-last では直近の公表版）から現在の計画（または --to の
      公表版）までの変更を書き出します: 評価の上昇・低下、追加・削除された
      行、変更された文章。
  pledgetracker report --edition ID ...
      公表版を、公表したときのとおりに任意の種類で印刷します。
</translation>
    </message>
    <message>
        <source>
Offline review:
  pledgetracker review copy --reviewer NAME FILE -o COPY.pledges
      Writes a review copy of the plan for NAME: it refuses changes to the
      plan&apos;s data and takes comments and marks on cells, rows and pledges.
  pledgetracker review merge FILE COPY.pledges...
      Adds the copies&apos; comments and marks that FILE does not have yet; the
      plan&apos;s data is not changed. A copy of another plan is refused.
  pledgetracker review list [--open] FILE
      One line per comment, tab-separated: reviewer, where, mark, state,
      created (UTC) and text.
</source>
        <translation>
オフラインでの確認:
  pledgetracker review copy --reviewer NAME FILE -o COPY.pledges
      NAME 用の確認用コピーを書き出します: 計画のデータは変更できず、
      セル・行・公約へのコメントと判定だけを受け付けます。
  pledgetracker review merge FILE COPY.pledges...
      コピーにあって FILE にまだないコメントと判定を追加します。計画の
      データは変更しません。別の計画のコピーは受け付けません。
  pledgetracker review list [--open] FILE
      コメントごとに1行、タブ区切りで表示します: 確認者、場所、判定、状態、
      作成日時（UTC）、本文。
</translation>
    </message>
    <message>
        <source>%1: has no edition &quot;%2&quot; (see editions list).</source>
        <translation>%1: 公表版「%2」がありません（editions list を参照）。</translation>
    </message>
    <message>
        <source>The edition&apos;s name; default: the plan&apos;s as-of date (令和6年9月末現在).</source>
        <translation>公表版の名称。既定: 計画の時点（令和6年9月末現在）。</translation>
    </message>
    <message>
        <source>The publication date; default: today.</source>
        <translation>公表日。既定: 今日。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2024-10-15, not &quot;%1&quot;.</source>
        <translation>--date には 2024-10-15 のような日付を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>%1: has no as-of date to name the edition by; give --name.</source>
        <translation>%1: 公表版の名称に使う時点がありません。--name を指定してください。</translation>
    </message>
    <message>
        <source>%1: edition %2 &quot;%3&quot; published.</source>
        <translation>%1: 公表版 %2「%3」を作成しました。</translation>
    </message>
    <message>
        <source>The edition to compare from: an id from editions list.</source>
        <translation>比較元の公表版: editions list が表示する id。</translation>
    </message>
    <message>
        <source>Compare from the last edition.</source>
        <translation>直近の公表版から比較します。</translation>
    </message>
    <message>
        <source>The edition to compare with; default: the plan now.</source>
        <translation>比較先の公表版。既定: 現在の計画。</translation>
    </message>
    <message>
        <source>give either --edition ID or --since-last.</source>
        <translation>--edition ID か --since-last のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>%1: has no published edition to compare with.</source>
        <translation>%1: 比較する公表版がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), pages written: %2</source>
        <translation>
            <numerusform>%1: 変更 %n 件、%2 ページを書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>pledgetracker editions: expects list, publish or report, not &quot;%1&quot;.</source>
        <translation>pledgetracker editions: list、publish、report のいずれかを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>expects a FILE.</source>
        <translation>FILE を指定してください。</translation>
    </message>
    <message>
        <source>Who reviews the copy.</source>
        <translation>コピーの確認者。</translation>
    </message>
    <message>
        <source>The review copy to write.</source>
        <translation>書き出す確認用コピー。</translation>
    </message>
    <message>
        <source>copy needs --reviewer NAME, one FILE and -o COPY.</source>
        <translation>copy には --reviewer NAME、FILE 1つ、-o COPY が必要です。</translation>
    </message>
    <message>
        <source>Review copy for %1 written to %2.</source>
        <translation>%1 用の確認用コピーを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Only the comments not resolved yet.</source>
        <translation>まだ解決していないコメントのみ。</translation>
    </message>
    <message>
        <source>Usage:
  pledgetracker review copy --reviewer NAME FILE -o COPY.pledges
  pledgetracker review merge FILE COPY.pledges...
  pledgetracker review list [--open] FILE
</source>
        <translation>使い方:
  pledgetracker review copy --reviewer NAME FILE -o COPY.pledges
  pledgetracker review merge FILE COPY.pledges...
  pledgetracker review list [--open] FILE
</translation>
    </message>
    <message>
        <source>expects copy, merge or list.</source>
        <translation>copy、merge、list のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>The cell: %1</source>
        <translation>セル: %1</translation>
    </message>
    <message>
        <source>The row: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <source>The pledge: %1</source>
        <translation>公約: %1</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>コメントの追加</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>コメントの編集</translation>
    </message>
    <message>
        <source>Write what the comment says.</source>
        <translation>コメントの内容を入力してください。</translation>
    </message>
</context>
<context>
    <name>CommentsModel</name>
    <message>
        <source>Resolved by %1 on %2</source>
        <translation>%2 に %1 が解決済みにしました</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Add Comment…</source>
        <translation>コメントを追加…</translation>
    </message>
    <message>
        <source>Comment on the chosen cell, its row or its pledge</source>
        <translation>選択したセル、その行または公約にコメントを付けます</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Looks Right</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Mark the chosen cell as looking right</source>
        <translation>選択したセルを確認済みにします</translation>
    </message>
    <message>
        <source>Needs Revision</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Mark the chosen cell as needing revision</source>
        <translation>選択したセルを要修正にします</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>すべての確認者</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>未解決に戻す</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決済みにする</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未解決 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>解決済み %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s review copy: comments and marks only.</source>
        <translation>%1 の確認用コピー: コメントと判定のみ入力できます。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>%1: not written (%2).</source>
        <translation>%1: 書き出していません（%2）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a Pledge Tracker plan.</source>
        <translation>%1: ファイルが空です。Pledge Tracker の計画ではありません。</translation>
    </message>
    <message>
        <source>%1: not a Pledge Tracker plan (it is not an SQLite database).</source>
        <translation>%1: Pledge Tracker の計画ではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>%1: an SQLite database of another program, not a Pledge Tracker plan.</source>
        <translation>%1: 別のプログラムの SQLite データベースです。Pledge Tracker の計画ではありません。</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Pledge Tracker (file format %2; this version reads up to %3). Open it with a newer Pledge Tracker.</source>
        <translation>%1: 新しいバージョンの Pledge Tracker で保存されています（ファイル形式 %2。このバージョンは %3 まで読めます）。新しい Pledge Tracker で開いてください。</translation>
    </message>
    <message>
        <source>%1: the file is truncated (%2 of %3 bytes); it cannot be opened.</source>
        <translation>%1: ファイルが途中で切れています（%3 バイト中 %2 バイト）。開けません。</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1: 開けません（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot be configured (%2).</source>
        <translation>%1: 設定できません（%2）。</translation>
    </message>
    <message>
        <source>%1: is damaged and cannot be read (%2).</source>
        <translation>%1: 壊れているため読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: is damaged (%2).</source>
        <translation>%1: 壊れています（%2）。</translation>
    </message>
    <message>
        <source>%1: contains a %2 named &quot;%3&quot; that Pledge Tracker did not create; it is refused for safety.</source>
        <translation>%1: Pledge Tracker が作成していない %2「%3」が含まれています。安全のため開きません。</translation>
    </message>
    <message>
        <source>%1: is missing its &quot;%2&quot; table; it is not a complete Pledge Tracker plan.</source>
        <translation>%1: 「%2」テーブルがありません。完全な Pledge Tracker の計画ではありません。</translation>
    </message>
    <message>
        <source>%1: cannot be updated to the current file format (%2). The file was left as it was.</source>
        <translation>%1: 現在のファイル形式に更新できません（%2）。ファイルは元のままです。</translation>
    </message>
    <message>
        <source>%1: is in an older file format and cannot be read here (no room for a temporary copy).</source>
        <translation>%1: 古いファイル形式のため、ここでは読み込めません（一時コピーを作成できません）。</translation>
    </message>
    <message>
        <source>%1: already exists.</source>
        <translation>%1: すでに存在します。</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2).</source>
        <translation>%1: 作成できません（%2）。</translation>
    </message>
    <message>
        <source>%1: is the open plan itself; choose another name for the copy.</source>
        <translation>%1: 現在開いている計画そのものです。コピーには別の名前を指定してください。</translation>
    </message>
    <message>
        <source>%1: the copy cannot be written (%2).</source>
        <translation>%1: コピーを書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: an editor stopped while saving it; open it once with write access so the unfinished change can be rolled back.</source>
        <translation>%1: 保存の途中でエディターが停止しました。書き込み可能な状態で一度開くと、未完了の変更が取り消されます。</translation>
    </message>
    <message>
        <source>%1: is missing triggers that keep its published editions unchanged; it is not a complete Pledge Tracker plan.</source>
        <translation>%1: 公表版を変更できないようにするトリガーがありません。完全な Pledge Tracker の計画ではありません。</translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <source>line %1: the text has more than %2 cells.</source>
        <translation>%1 行目: テキストのセルが %2 個を超えています。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>line %1: a quoted cell starts here and is never closed.</source>
        <translation>%1 行目: 引用符で囲まれたセルがここから始まり、閉じられていません。</translation>
    </message>
</context>
<context>
    <name>DepartmentActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Department &amp;Workbooks…</source>
        <translation>所管課別ブック(&amp;W)…</translation>
    </message>
    <message>
        <source>Write one workbook per department for a period, for the departments to fill in with Excel</source>
        <translation>期間を選んで、所管課ごとに Excel で記入してもらうブックを書き出します</translation>
    </message>
    <message>
        <source>&amp;Merge Department Workbooks…</source>
        <translation>所管課別ブックの取り込み(&amp;M)…</translation>
    </message>
    <message>
        <source>Review the fields the returned workbooks change, and merge the accepted ones as one undo step</source>
        <translation>回収したブックによる欄の変更を確認し、採用した変更を取り込みます（1回の「元に戻す」で取り消せます）</translation>
    </message>
    <message>
        <source>&amp;Collection Status…</source>
        <translation>回収状況(&amp;C)…</translation>
    </message>
    <message>
        <source>See which departments&apos; workbooks are sent, returned and merged</source>
        <translation>各所管課のブックが送付済み・回収済み・取込済みのどれかを確認します</translation>
    </message>
    <message>
        <source>Writing department workbooks…</source>
        <translation>所管課別ブックを書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s) written to %1</source>
        <translation>
            <numerusform>%1 にブックを %n 件書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>キャンセルしました。%1。</translation>
    </message>
    <message>
        <source>%1

%2 before that; they are recorded as sent.</source>
        <translation>%1

その前に、%2。これらは送付済みとして記録されています。</translation>
    </message>
    <message>
        <source>Merge Department Workbooks</source>
        <translation>所管課別ブックの取り込み</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading returned workbooks…</source>
        <translation>回収したブックを読み込んでいます…</translation>
    </message>
    <message>
        <source>Nothing can be merged from the chosen files:
%1</source>
        <translation>選択したファイルから取り込めるものはありません:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) merged from %1; Undo takes them back.</source>
        <translation>
            <numerusform>%1 から %n 件の欄を取り込みました。「元に戻す」で取り消せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s)</source>
        <translation>
            <numerusform>ブック %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentWorkbook</name>
    <message>
        <source>the workbook cannot be created</source>
        <translation>ブックを作成できません</translation>
    </message>
    <message>
        <source>%1: not written (the plan has no such period or department).</source>
        <translation>%1: 書き出していません（計画にその期間または所管課がありません）。</translation>
    </message>
    <message>
        <source>%1: not written (the period is the plan&apos;s last; there is no next period to ask a plan for).</source>
        <translation>%1: 書き出していません（計画の最後の期間のため、次の期間の計画を依頼できません）。</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Department %1 has no name.</source>
        <translation>%1 番目の所管課に名前がありません。</translation>
    </message>
    <message>
        <source>There are two departments named &quot;%1&quot;.</source>
        <translation>「%1」という名前の所管課が2つあります。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Annual goal:</source>
        <translation>年度目標:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>計画:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>評価:</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>Copy Plan from Previous Period</source>
        <translation>前の期間の計画をコピー</translation>
    </message>
    <message>
        <source>History of this cell</source>
        <translation>このセルの履歴</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Choose a cell of the table.</source>
        <translation>表のセルを選択してください。</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>所管課: %1</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>目標期日: %1</translation>
    </message>
    <message>
        <source>Annual goal (%1):</source>
        <translation>年度目標（%1）:</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>前の期間: %1</translation>
    </message>
    <message>
        <source>Plan: %1
Status: %2
%3</source>
        <translation>計画: %1
評価: %2
%3</translation>
    </message>
    <message>
        <source>on the row</source>
        <translation>行に対して</translation>
    </message>
    <message>
        <source>on the pledge</source>
        <translation>公約に対して</translation>
    </message>
    <message>
        <source>Review comments (%1)</source>
        <translation>確認コメント（%1）</translation>
    </message>
</context>
<context>
    <name>DialogSupport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no date recognised</source>
        <translation>日付として認識できません</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Pledge plans (*.pledges)</source>
        <translation>公約計画 (*.pledges)</translation>
    </message>
    <message>
        <source>%1 is the open plan; choose another name.</source>
        <translation>%1 は現在開いている計画です。別の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: already exists.</source>
        <translation>%1: すでに存在します。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot be written.</source>
        <translation>%1: 書き込めません。</translation>
    </message>
    <message>
        <source>The change could not be saved to %1: %2</source>
        <translation>変更を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>the file is open read-only.</source>
        <translation>ファイルは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>This is %1&apos;s review copy: the plan&apos;s data cannot be changed here; add a comment instead.</source>
        <translation>これは %1 の確認用コピーです。ここでは計画のデータを変更できません。代わりにコメントを追加してください。</translation>
    </message>
    <message>
        <source>an edition needs a name.</source>
        <translation>公表版には名称が必要です。</translation>
    </message>
    <message>
        <source>an edition needs a publication date.</source>
        <translation>公表版には公表日が必要です。</translation>
    </message>
    <message>
        <source>an edition named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名称の公表版はすでにあります。</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>公表版 %1</translation>
    </message>
    <message>
        <source>there is no edition %1</source>
        <translation>公表版 %1 はありません</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>%1 を開く処理をキャンセルしました。</translation>
    </message>
    <message>
        <source>%1: cannot be written (the folder %2 does not exist).</source>
        <translation>%1: 書き込めません（フォルダー %2 がありません）。</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit cell</source>
        <translation>セルの編集</translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n cell(s)</source>
        <translation>
            <numerusform>%n 件のセルの評価を設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear status of %n cell(s)</source>
        <translation>
            <numerusform>%n 件のセルの評価を消去</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit annual goal</source>
        <translation>年度目標の編集</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>計画のプロパティの編集</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>章の追加</translation>
    </message>
    <message>
        <source>Edit chapter</source>
        <translation>章の編集</translation>
    </message>
    <message>
        <source>Delete chapter</source>
        <translation>章の削除</translation>
    </message>
    <message>
        <source>Add pledge</source>
        <translation>公約の追加</translation>
    </message>
    <message>
        <source>Edit pledge</source>
        <translation>公約の編集</translation>
    </message>
    <message>
        <source>Delete pledge</source>
        <translation>公約の削除</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行の追加</translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation>行の編集</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <source>Move chapter</source>
        <translation>章の移動</translation>
    </message>
    <message>
        <source>Move pledge</source>
        <translation>公約の移動</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>行の移動</translation>
    </message>
    <message>
        <source>Edit periods</source>
        <translation>期間の編集</translation>
    </message>
    <message numerus="yes">
        <source>The department &quot;%1&quot; is used by %n row(s); give those rows another department first.</source>
        <translation>
            <numerusform>所管課「%1」は %n 行で使用されています。先にそれらの行の所管課を変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit departments</source>
        <translation>所管課の編集</translation>
    </message>
    <message numerus="yes">
        <source>The status &quot;%1 %2&quot; is used by %n cell(s); give those cells another status first.</source>
        <translation>
            <numerusform>評価「%1 %2」は %n 件のセルで使用されています。先にそれらのセルの評価を変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit status scale</source>
        <translation>評価の尺度の編集</translation>
    </message>
    <message>
        <source>Change consistency checks</source>
        <translation>整合性チェックの変更</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message>
        <source>The file refused the import; nothing was added.</source>
        <translation>ファイルがインポートを受け付けなかったため、何も追加されませんでした。</translation>
    </message>
    <message>
        <source>%1 %2: the row or period is no longer in the plan.</source>
        <translation>%1 %2: その行または期間は計画にもうありません。</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a status of the plan&apos;s scale.</source>
        <translation>%1 %2: 「%3」は計画の評価の尺度にない評価です。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n returned workbook(s)</source>
        <translation>
            <numerusform>回収したブック %n 件の取り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>The file refused the merge; nothing was changed.</source>
        <translation>ファイルが取り込みを受け付けなかったため、何も変更されませんでした。</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>コメントの追加</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>コメントの編集</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>コメントを解決済みに設定</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>コメントを未解決に設定</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>コメントの削除</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>判定の消去</translation>
    </message>
    <message>
        <source>Mark cell as looking right</source>
        <translation>セルを確認済みに設定</translation>
    </message>
    <message>
        <source>Mark cell as needing revision</source>
        <translation>セルを要修正に設定</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <source>&amp;Publish Edition…</source>
        <translation>公表版を作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Freeze the plan as it is now under a name, permanently</source>
        <translation>現在の計画を、名前を付けて変更できない形で保存します</translation>
    </message>
    <message>
        <source>&amp;Open Edition…</source>
        <translation>公表版を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Show a published edition read-only, to print or export it</source>
        <translation>公表版を読み取り専用で表示します（印刷やエクスポート用）</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>List what changed between two editions, or since an edition</source>
        <translation>2つの公表版の間、または公表版以降の変更を一覧表示します</translation>
    </message>
    <message>
        <source>Edition &quot;%1&quot; published.</source>
        <translation>公表版「%1」を作成しました。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open Edition</source>
        <translation>公表版を開く</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>公表版:</translation>
    </message>
    <message>
        <source>The edition cannot be opened: no room for a temporary file.</source>
        <translation>公表版を開けません: 一時ファイルを作成できません。</translation>
    </message>
    <message>
        <source>%1 — edition %2 (read-only)</source>
        <translation>%1 — 公表版 %2（読み取り専用）</translation>
    </message>
</context>
<context>
    <name>EditionCompareDialog</name>
    <message>
        <source>Compare Editions</source>
        <translation>公表版の比較</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>比較元(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>比較先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The plan now</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <source>The plan has no published edition yet.</source>
        <translation>計画にはまだ公表版がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>変更は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF のエクスポート</translation>
    </message>
    <message>
        <source>-changes</source>
        <translation>-変更点</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in all texts…</source>
        <translation>すべてのテキストを検索…</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>章(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status in:</source>
        <translation>評価(&amp;S):</translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation>この期間以降の変更:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>すべての行を表示します</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Chapter %1 %2</source>
        <translation>第%1章 %2</translation>
    </message>
    <message>
        <source>(period)</source>
        <translation>（期間を選択）</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>評価なし</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Periods</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the column of each field; leave the ones the sheet does not have at &quot;(none)&quot;. A pledge needs a title or a number, a row a title or content.</source>
        <translation>各フィールドの列を選択してください。シートにないフィールドは「（なし）」のままにします。公約には名称か番号、行には名称か内容が必要です。</translation>
    </message>
    <message>
        <source>One line per row, columns for each period</source>
        <translation>計画の1行をシートの1行に（期間ごとに列を並べる）</translation>
    </message>
    <message>
        <source>One line per row and period, with a period column</source>
        <translation>計画の1行・1期間をシートの1行に（期間の列あり）</translation>
    </message>
    <message>
        <source>&amp;Guess Again</source>
        <translation>再推定(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>行の形式(&amp;L):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>読み取り結果</translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation>期間を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Period</source>
        <translation>期間を削除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>enter the period&apos;s label</source>
        <translation>期間の表示名を入力してください</translation>
    </message>
    <message>
        <source>not a period label (e.g. 令和6年度 上半期, FY2024 H1)</source>
        <translation>期間の表示名として認識できません（例: 令和6年度 上半期、FY2024 H1）</translation>
    </message>
    <message>
        <source>not one of the plan&apos;s periods</source>
        <translation>計画の期間にありません</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新規: %1</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Read a &amp;file:</source>
        <translation>ファイルから読み込む(&amp;F):</translation>
    </message>
    <message>
        <source>Or &amp;paste cells copied from a spreadsheet:</source>
        <translation>または表計算ソフトからコピーしたセルを貼り付け(&amp;P):</translation>
    </message>
    <message>
        <source>Choose the Sheet</source>
        <translation>シートの選択</translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file, or cells pasted from a spreadsheet. Nothing is written until the last page.</source>
        <translation>CSV、TSV、XLSX のファイル、または表計算ソフトから貼り付けたセルを読み込みます。最後のページまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>自動認識</translation>
    </message>
    <message>
        <source>CSV (comma-separated)</source>
        <translation>CSV（カンマ区切り）</translation>
    </message>
    <message>
        <source>TSV (tab-separated)</source>
        <translation>TSV（タブ区切り）</translation>
    </message>
    <message>
        <source>XLSX workbook</source>
        <translation>XLSX ブック</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>Import Sheet</source>
        <translation>シートのインポート</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>シート (*.csv *.tsv *.txt *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), %2 columns</source>
        <translation>
            <numerusform>%1: %n 行、%2 列</numerusform>
        </translation>
    </message>
    <message>
        <source>(read as %1)</source>
        <translation>（%1 として読み込み）</translation>
    </message>
</context>
<context>
    <name>ImportHeaderPage</name>
    <message>
        <source>Header Line</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <source>Choose the line that names the columns. The lines below it are read as data; the lines above it are skipped.</source>
        <translation>列の名前が書かれた行を選択してください。その下の行はデータとして読み込み、上の行は読み飛ばします。</translation>
    </message>
    <message>
        <source>None (data from line 1)</source>
        <translation>なし（1 行目からデータ）</translation>
    </message>
    <message>
        <source>&amp;Header line:</source>
        <translation>見出し行(&amp;H):</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>The plan&apos;s scale (%1) has no level &quot;%2&quot;, which the import uses for pledge %3 %4. Add the level to the scale (Plan ▸ Status Scale), or import into a new plan.</source>
        <translation>計画の尺度（%1）には、インポートする公約 %3 の %4 で使われている段階「%2」がありません。尺度に段階を追加する（計画 ▸ 評価の尺度）か、新しい計画にインポートしてください。</translation>
    </message>
    <message>
        <source>The plan&apos;s year-end scale has no level &quot;%1&quot;, which the import uses for pledge %2 %3.</source>
        <translation>計画の年度末の評価の尺度には、インポートする公約 %2 の %3 で使われている段階「%1」がありません。</translation>
    </message>
</context>
<context>
    <name>ImportStatusPage</name>
    <message>
        <source>S&amp;cale of the new plan:</source>
        <translation>新しい計画の尺度(&amp;C):</translation>
    </message>
    <message>
        <source>Status Words</source>
        <translation>評価の語句</translation>
    </message>
    <message>
        <source>Choose the level each status of the sheet means. Codes, symbols and labels of the scale (A, ☆, 〇, 完了) are matched already.</source>
        <translation>シートの各評価がどの段階にあたるかを選択してください。尺度のコード・記号・表示名（A、☆、〇、完了）はすでに対応付けられています。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>シート上の表記</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation>（段階なし）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No status column is mapped, or the status columns are empty.</source>
        <translation>評価の列が対応付けられていないか、評価の列が空です。</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es) are on no level; the import stops at them. Choose a level for each.</source>
        <translation>
            <numerusform>%n 件の評価が段階に対応付けられていないため、インポートはそこで止まります。それぞれ段階を選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every status is on a level.</source>
        <translation>すべての評価が段階に対応付けられています。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>対応付けを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the columns and status words as a mapping file, for the next import or for pledgetracker import --mapping</source>
        <translation>列と評価の語句を対応付けファイルとして保存します（次回のインポートや pledgetracker import --mapping で使用）</translation>
    </message>
    <message>
        <source>The import was cancelled; go back and come here again to run it.</source>
        <translation>インポートはキャンセルされました。実行するには、前のページに戻ってから再度このページに進んでください。</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Finish creates the following.</source>
        <translation>まだ何も書き込まれていません。[完了] をクリックすると、次の内容が作成されます。</translation>
    </message>
    <message>
        <source>The import stops at these problems, and nothing is written. Go back to fix the mapping, or fix the sheet and read it again.</source>
        <translation>次の問題があるためインポートできず、何も書き込まれません。前のページに戻って対応付けを修正するか、シートを修正して読み込み直してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1:</source>
        <translation>
            <numerusform>%1 の問題 %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 chapters, %2 pledges, %3 rows and %4 cells.</source>
        <translation>%1 章、公約 %2 件、%3 行、%4 セル。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>no status: %1</source>
        <translation>評価なし: %1</translation>
    </message>
    <message>
        <source>Cells by status: %1</source>
        <translation>評価別のセル数: %1</translation>
    </message>
    <message>
        <source>New periods: %1</source>
        <translation>新しい期間: %1</translation>
    </message>
    <message>
        <source>New departments: %1</source>
        <translation>新しい所管課: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>対応付けの保存</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>インポートの対応付け (*.json)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Sheet</source>
        <translation>シートのインポート</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>Reading the lines of %1…</source>
        <translation>%1 の行を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>IrumaTableImport</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <source>%1: no item lines (①… with content, progress and status) were found; is this Iruma&apos;s progress table?</source>
        <translation>%1: 項目の行（①… と内容・進捗状況・評価）が見つかりません。入間市の進捗状況一覧表ですか？</translation>
    </message>
    <message>
        <source>%1: the title line names no reporting date such as 【令和5年9月末現在】</source>
        <translation>%1: 表題の行に【令和5年9月末現在】のような報告日がありません</translation>
    </message>
    <message>
        <source>the legend names &quot;%1&quot;, which is not one of A, B, C, D</source>
        <translation>凡例の「%1」は A、B、C、D のいずれでもありません</translation>
    </message>
    <message>
        <source>expected a chapter (第1章 …), a pledge (1:【tag】 title) or an item (① title, content, progress, status), found &quot;%1&quot;</source>
        <translation>章（第1章 …）、公約（1:【タグ】 名称）、または項目（① 名称、内容、進捗状況、評価）のはずですが、「%1」がありました</translation>
    </message>
    <message>
        <source>an item comes before any pledge line (1:【tag】 title)</source>
        <translation>公約の行（1:【タグ】 名称）より前に項目があります</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of A 完了, B 実施中, C 着手, D 未着手; correct it in the sheet and import again</source>
        <translation>評価「%1」は A 完了、B 実施中、C 着手、D 未着手 のいずれでもありません。シートを修正して再度インポートしてください</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Pledge Tracker</source>
        <translation>Pledge Tracker について</translation>
    </message>
    <message>
        <source>Pledge Tracker %1
Tracks how far a mayor&apos;s campaign pledges have come, period by period.</source>
        <translation>Pledge Tracker %1
市長公約の進捗状況を期間ごとに管理します。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>サンプル計画を開く(&amp;S)</translation>
    </message>
    <message>
        <source>Iruma City (A–D, 2023)</source>
        <translation>入間市（A–D、2023年）</translation>
    </message>
    <message>
        <source>Tokorozawa City (☆○△×, 2023–2024)</source>
        <translation>所沢市（☆○△×、2023–2024年）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>すべて展開(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>すべて折りたたむ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pledge Tracker</source>
        <translation>Pledge Tracker について(&amp;A)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>計画を開く</translation>
    </message>
    <message>
        <source>Pledge plans (*.pledges)</source>
        <translation>公約計画 (*.pledges)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Pledge Tracker</source>
        <translation>Pledge Tracker</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <source>%1 — %2 — Pledge Tracker</source>
        <translation>%1 — %2 — Pledge Tracker</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新しい計画(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy Cells</source>
        <translation>セルをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Statuses</source>
        <translation>評価を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Status</source>
        <translation>評価を消去(&amp;L)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find and Filter</source>
        <translation>検索と絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;All Rows</source>
        <translation>すべての行を表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Density</source>
        <translation>表示密度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Status Only</source>
        <translation>評価のみ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;One Line</source>
        <translation>1行表示(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Full Text</source>
        <translation>全文表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Plan Instead of Narrative</source>
        <translation>状況の代わりに計画を表示(&amp;P)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メイン ツールバー</translation>
    </message>
    <message>
        <source>Save New Plan As</source>
        <translation>新しい計画の保存先</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>%1 (copy).pledges</source>
        <translation>%1 - コピー.pledges</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>コピーを %1 として保存しました。</translation>
    </message>
    <message>
        <source>No plan is open: File ▸ Open or File ▸ New Plan.</source>
        <translation>計画が開かれていません。「ファイル ▸ 開く」または「ファイル ▸ 新しい計画」を選択してください。</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Plan in Use</source>
        <translation>計画は使用中です</translation>
    </message>
    <message>
        <source>%1
Open it read-only? You will see their changes as they save them.</source>
        <translation>%1
読み取り専用で開きますか？ 相手が保存した変更はそのまま表示に反映されます。</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>バックアップを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>%1 のバックアップはまだありません。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Put %1 back as it was when opened on:</source>
        <translation>%1 を次の日時に開いたときの状態に戻します:</translation>
    </message>
    <message>
        <source>Replace the plan with the backup of %1? Its present state is kept as a backup too, so this can be reversed.</source>
        <translation>計画を %1 のバックアップで置き換えますか？ 現在の状態もバックアップとして残るため、元に戻せます。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>バックアップ %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>%1 のバックアップを復元しました。</translation>
    </message>
    <message>
        <source>The plan was changed by its editor and read again.</source>
        <translation>計画が編集中の利用者によって変更されたため、読み込み直しました。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <source>E&amp;dition</source>
        <translation>公表版(&amp;D)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>%1 — Pledge Tracker</source>
        <translation>%1 — Pledge Tracker</translation>
    </message>
    <message>
        <source>%1 (review copy for %2)</source>
        <translation>%1（%2 用の確認用コピー）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Merge Department Workbooks</source>
        <translation>所管課別ブックの取り込み</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>取り込む(&amp;M)</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>すべて採用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>すべて不採用(&amp;R)</translation>
    </message>
    <message>
        <source>Accept R&amp;ow</source>
        <translation>行ごと採用(&amp;O)</translation>
    </message>
    <message>
        <source>Accept every field of the chosen changes&apos; rows</source>
        <translation>選択した変更の行の、すべての欄を採用します</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>A&amp;pply the other rows of workbooks with problems</source>
        <translation>問題のあるブックの、問題のない行も適用する(&amp;P)</translation>
    </message>
    <message>
        <source>The rows with problems are always left out, and files that are not this plan&apos;s workbooks never contribute</source>
        <translation>問題のある行は常に取り込みません。この計画のブックでないファイルからは何も取り込みません</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Current Value</source>
        <translation>現在の値</translation>
    </message>
    <message>
        <source>Returned Value</source>
        <translation>回収した値</translation>
    </message>
    <message>
        <source>Changed in the plan too since the workbook was sent out; it then was: %1</source>
        <translation>ブックの送付後に計画側でも変更されています。送付時の値: %1</translation>
    </message>
    <message>
        <source>Another returned workbook changes it differently</source>
        <translation>回収した別のブックが異なる値に変更しています</translation>
    </message>
    <message>
        <source>%1 in %2, %3, %4</source>
        <translation>%1（%2）、%3、%4</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workbook(s)</source>
        <translation>
            <numerusform>ブック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>新しい計画</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>団体名(&amp;O):</translation>
    </message>
    <message>
        <source>Status &amp;scale:</source>
        <translation>評価の尺度(&amp;S):</translation>
    </message>
    <message>
        <source>Fiscal year starts &amp;in:</source>
        <translation>年度の開始月(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;First fiscal year:</source>
        <translation>最初の年度(&amp;F):</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <source>Number of &amp;years:</source>
        <translation>年数(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Reporting date:</source>
        <translation>報告日(&amp;R):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Whole years</source>
        <translation>年度単位</translation>
    </message>
    <message>
        <source>Halves</source>
        <translation>半期単位</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>四半期単位</translation>
    </message>
    <message>
        <source>A single reporting date</source>
        <translation>報告日（1時点のみ）</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>計画の名称を入力してください。</translation>
    </message>
    <message>
        <source>One period: %1</source>
        <translation>1期間: %1</translation>
    </message>
    <message>
        <source>%1 periods: %2</source>
        <translation>%1期間: %2</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>%1: is the plan being read; choose another name for the output.</source>
        <translation>%1: 読み込んでいる計画そのものです。出力には別の名前を指定してください。</translation>
    </message>
    <message>
        <source>%1: is a plan or another database; it is left as it is. Choose another name for the output.</source>
        <translation>%1: 計画ファイルまたは他のデータベースです。変更せずに残しました。出力には別の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Periods</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Add &amp;fiscal year…</source>
        <translation>年度を追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add reporting &amp;date…</source>
        <translation>報告日を追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Add custom &amp;range…</source>
        <translation>任意の期間を追加(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Rename a period to give it your own label; clear the label to use the generated one again.</source>
        <translation>名前を変更すると、期間に独自の表示名を付けられます。表示名を空にすると、自動で付けられる名前に戻ります。</translation>
    </message>
    <message>
        <source>Delete Period</source>
        <translation>期間の削除</translation>
    </message>
    <message>
        <source>Delete the period &quot;%1&quot;?

Its cells (plans, statuses and narratives) will be deleted with it.</source>
        <translation>期間「%1」を削除しますか？

この期間のセル（計画・評価・状況）もあわせて削除されます。</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>計画のプロパティ(&amp;P)…</translation>
    </message>
    <message>
        <source>Status &amp;Scale…</source>
        <translation>評価の尺度(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;eriods…</source>
        <translation>期間(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>所管課(&amp;D)…</translation>
    </message>
    <message>
        <source>Insert &amp;Chapter…</source>
        <translation>章を挿入(&amp;C)…</translation>
    </message>
    <message>
        <source>Insert &amp;Pledge…</source>
        <translation>公約を挿入(&amp;P)…</translation>
    </message>
    <message>
        <source>Insert &amp;Row…</source>
        <translation>行を挿入(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit Chapter, Pledge or Row…</source>
        <translation>章・公約・行の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Chapter, Pledge or Row…</source>
        <translation>章・公約・行の削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Edit &amp;Cell…</source>
        <translation>セルの編集(&amp;C)…</translation>
    </message>
    <message>
        <source>Pledge Tracker</source>
        <translation>Pledge Tracker</translation>
    </message>
    <message>
        <source>Delete the row &quot;%1&quot; with all its periods&apos; plans, statuses and narratives? Edit ▸ Undo brings it back.</source>
        <translation>行「%1」を、全期間の計画・評価・状況とともに削除しますか？「編集 ▸ 元に戻す」で元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete pledge %1 &quot;%2&quot; and its %n row(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>公約 %1「%2」と、その %n 行を削除しますか？「編集 ▸ 元に戻す」で元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete chapter %1 &quot;%2&quot; and its %n pledge(s) with all their rows? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>第%1章「%2」と、その %n 件の公約をすべての行とともに削除しますか？「編集 ▸ 元に戻す」で元に戻せます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message numerus="yes">
        <source>%1 of %n row(s) have no plan, status or narrative</source>
        <translation>
            <numerusform>%n 行中 %1 行に計画・評価・状況がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan is the same as in %1</source>
        <translation>計画が %1 と同じです</translation>
    </message>
    <message>
        <source>the status went down from %1 in %2 to %3</source>
        <translation>評価が %2 の %1 から %3 に下がりました</translation>
    </message>
    <message>
        <source>the status is %1 but the narrative does not say what was done</source>
        <translation>評価は %1 ですが、状況に実施内容の記載がありません</translation>
    </message>
    <message>
        <source>the status is %1 but the narrative does not say why</source>
        <translation>評価は %1 ですが、状況に理由の記載がありません</translation>
    </message>
    <message>
        <source>the target date %1 has passed but the status is %2</source>
        <translation>目標期日 %1 を過ぎていますが、評価は %2 です</translation>
    </message>
    <message>
        <source>the pledge&apos;s target date %1 has passed but the status is %2</source>
        <translation>公約の目標期日 %1 を過ぎていますが、評価は %2 です</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>department (row title or place)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>pledge %1 %2 %3</source>
        <translation>公約 %1 %2 %3</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: is larger than 200 MB; split it and import the parts.</source>
        <translation>%1: 200 MB を超えています。分割してインポートしてください。</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was imported.</source>
        <translation>%1: インポートをキャンセルしました。何もインポートされていません。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ほかに %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing could be imported.</source>
        <translation>%1: インポートできるものがありませんでした。</translation>
    </message>
    <message>
        <source>%1: the encoding &quot;%2&quot; is not one of %3.</source>
        <translation>%1: 文字コード「%2」は %3 のいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 line %2: is not valid %3 text; choose another encoding (UTF-8, UTF-16, Shift_JIS).</source>
        <translation>%1 の %2 行目: 正しい %3 のテキストではありません。別の文字コード（UTF-8、UTF-16、Shift_JIS）を選択してください。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>should be text</source>
        <translation>テキストである必要があります</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>整数である必要があります</translation>
    </message>
    <message>
        <source>should be a positive id</source>
        <translation>正の id である必要があります</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>should be a date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付である必要があります</translation>
    </message>
    <message>
        <source>%1 names no %2 of this plan</source>
        <translation>%1 に該当する%2がこの計画にありません</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 が2回使われています</translation>
    </message>
    <message>
        <source>%1: should be a list</source>
        <translation>%1: リストである必要があります</translation>
    </message>
    <message>
        <source>%1[%2]: should be an object</source>
        <translation>%1[%2]: オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>a scale needs at least one level</source>
        <translation>尺度には少なくとも1つの段階が必要です</translation>
    </message>
    <message>
        <source>should be a colour such as #1a7f37</source>
        <translation>#1a7f37 のような色である必要があります</translation>
    </message>
    <message>
        <source>format: this is not a Pledge Tracker plan (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation>format: Pledge Tracker の計画ではありません（「format」は「%1」である必要があります）</translation>
    </message>
    <message>
        <source>version: %1 is not a version this Pledge Tracker reads (it reads 1 to %2); a newer Pledge Tracker wrote it</source>
        <translation>version: %1 はこの Pledge Tracker が読めるバージョンではありません（読めるのは 1 から %2 まで）。新しい Pledge Tracker で書き出されたファイルです</translation>
    </message>
    <message>
        <source>should be a month from 1 to 12</source>
        <translation>1 から 12 までの月である必要があります</translation>
    </message>
    <message>
        <source>disabled_checks: should be a list of check names</source>
        <translation>disabled_checks: チェック名のリストである必要があります</translation>
    </message>
    <message>
        <source>levels: the level id %1 is used twice</source>
        <translation>levels: 段階の id %1 が2回使われています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of year, half, quarter, months, reporting_date</source>
        <translation>「%1」は year、half、quarter、months、reporting_date のいずれでもありません</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>公約</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of item, department</source>
        <translation>「%1」は item、department のいずれでもありません</translation>
    </message>
    <message>
        <source>department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>level of the period scale</source>
        <translation>期間の評価の尺度の段階</translation>
    </message>
    <message>
        <source>this row and period have a cell already</source>
        <translation>この行と期間のセルはすでにあります</translation>
    </message>
    <message>
        <source>level of the year-end scale</source>
        <translation>年度末の評価の尺度の段階</translation>
    </message>
    <message>
        <source>should be a time written like 2024-10-01T09:30:00.000Z</source>
        <translation>2024-10-01T09:30:00.000Z のような形式の日時である必要があります</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3)</source>
        <translation>%1: %2: 正しい JSON ではありません（%3）</translation>
    </message>
    <message>
        <source>%1: not a Pledge Tracker plan (the file is not a JSON object)</source>
        <translation>%1: Pledge Tracker の計画ではありません（ファイルが JSON オブジェクトではありません）</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1（%2、%3 から）</translation>
    </message>
    <message>
        <source>%1 is open for editing by %2.</source>
        <translation>%1 は %2 が編集中です。</translation>
    </message>
    <message>
        <source>%1: the lock file %2 cannot be written (%3).</source>
        <translation>%1: ロックファイル %2 を書き込めません（%3）。</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>計画のプロパティ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>団体名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>時点(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>日付なし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year starts in:</source>
        <translation>年度の開始月(&amp;F):</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>計画の名称を入力してください。</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>status scale %1 is missing</source>
        <translation>評価の尺度 %1 がありません</translation>
    </message>
    <message>
        <source>the plan&apos;s header is missing</source>
        <translation>計画の見出し情報がありません</translation>
    </message>
    <message>
        <source>part %1 of the plan no longer exists</source>
        <translation>計画の要素 %1 はすでに存在しません</translation>
    </message>
    <message>
        <source>there is no edition %1</source>
        <translation>公表版 %1 はありません</translation>
    </message>
    <message>
        <source>edition %1 is damaged: its contents are not those that were published</source>
        <translation>公表版 %1 は壊れています: 内容が公表時のものと一致しません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Chapters: %1, pledges: %2, rows: %3</source>
        <translation>章: %1、公約: %2、行: %3</translation>
    </message>
    <message>
        <source>none %1</source>
        <translation>評価なし %1</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Pledge</source>
        <translation>公約</translation>
    </message>
    <message>
        <source>&amp;Chapter:</source>
        <translation>章(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <source>The pledge&apos;s number as printed, e.g. 1 or 12-2</source>
        <translation>計画に記載されている公約の番号（例: 1、12-2）</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
    <message>
        <source>The word printed in lenticular brackets, without the brackets</source>
        <translation>【】内に記載されている語（【】は入力しません）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>目標期日(&amp;G):</translation>
    </message>
    <message>
        <source>As written in the plan, e.g. R6.10</source>
        <translation>計画の記載どおりに入力（例: R6.10）</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>第%1章 %2</translation>
    </message>
    <message>
        <source>(no chapter)</source>
        <translation>（章なし）</translation>
    </message>
    <message>
        <source>The pledge needs a number.</source>
        <translation>公約の番号を入力してください。</translation>
    </message>
    <message>
        <source>The pledge needs a title.</source>
        <translation>公約の名称を入力してください。</translation>
    </message>
</context>
<context>
    <name>PledgeTableView</name>
    <message>
        <source>No status has the key “%1”.</source>
        <translation>キー「%1」に対応する評価はありません。</translation>
    </message>
    <message>
        <source>The plan is open read-only: statuses cannot be changed.</source>
        <translation>計画は読み取り専用で開かれているため、評価を変更できません。</translation>
    </message>
</context>
<context>
    <name>PledgeTreeModel</name>
    <message>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>計画: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pledge / item</source>
        <translation>公約・項目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標期日</translation>
    </message>
    <message>
        <source>Row %1, column %2 of the pasted text falls outside the status cells.</source>
        <translation>貼り付けたテキストの %1 行 %2 列目が評価のセルの範囲外です。</translation>
    </message>
    <message>
        <source>Row %1, column %2 of the pasted text: &quot;%3&quot; is not a status of the scale %4.</source>
        <translation>貼り付けたテキストの %1 行 %2 列目: 「%3」は尺度 %4 の評価にありません。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n 件のセルを貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishEditionDialog</name>
    <message>
        <source>Publish Edition</source>
        <translation>公表版の作成</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>公表日(&amp;D):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>An edition keeps the plan exactly as it is now, inside the plan file, so it can be opened, printed and compared later. Once published it can never be changed or deleted, and publishing cannot be undone.</source>
        <translation>公表版は、現在の計画をそのままの形で計画ファイル内に保存し、後から開いたり、印刷したり、比較したりできるようにするものです。作成した公表版は変更も削除もできず、作成を元に戻すこともできません。</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>作成(&amp;P)</translation>
    </message>
    <message>
        <source>The edition needs a name.</source>
        <translation>公表版の名称を入力してください。</translation>
    </message>
    <message>
        <source>An edition of this name exists already.</source>
        <translation>この名称の公表版はすでにあります。</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF のエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>%1 written, %2 pages.</source>
        <translation>%1 を書き出しました（%2 ページ）。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Progress table</source>
        <translation>進捗状況一覧表</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Department sheet</source>
        <translation>所管課別シート</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>種類(&amp;L):</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>所管課(&amp;P):</translation>
    </message>
    <message>
        <source>Pe&amp;riods:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>計画(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Narratives</source>
        <translation>状況(&amp;N)</translation>
    </message>
    <message>
        <source>Annual &amp;goals</source>
        <translation>年度目標(&amp;G)</translation>
    </message>
    <message>
        <source>Texts:</source>
        <translation>印刷する文章:</translation>
    </message>
    <message>
        <source>Only the rows the table&apos;s &amp;filter shows</source>
        <translation>表で絞り込み中の行だけ(&amp;F)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>用紙(&amp;A):</translation>
    </message>
    <message>
        <source>Lands&amp;cape</source>
        <translation>横向き(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Headings in:</source>
        <translation>見出しの言語(&amp;H):</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printing needs the application&apos;s fonts, which a console run does not load.</source>
        <translation>印刷にはアプリケーションのフォントが必要ですが、コンソールからの実行では読み込まれません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The pages cannot be painted.</source>
        <translation>ページを描画できません。</translation>
    </message>
    <message>
        <source>Page %1 cannot be started.</source>
        <translation>%1 ページ目を開始できません。</translation>
    </message>
    <message>
        <source>The pages cannot be finished.</source>
        <translation>ページを完成できません。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: not written (%2)</source>
        <translation>%1: 書き出していません（%2）</translation>
    </message>
</context>
<context>
    <name>ReturnedWorkbookReader</name>
    <message>
        <source>not a department workbook sent out from this plan (it has no hidden sheet of identifiers).</source>
        <translation>この計画から送付した所管課用ブックではありません（識別情報の非表示シートがありません）。</translation>
    </message>
    <message>
        <source>the sheet to fill in is missing.</source>
        <translation>記入用のシートがありません。</translation>
    </message>
    <message>
        <source>sent out from another plan (&quot;%1&quot;), not from this one.</source>
        <translation>この計画ではなく、別の計画（「%1」）から送付されたものです。</translation>
    </message>
    <message>
        <source>sent out for %1, not for %2, the period being collected.</source>
        <translation>照会中の期間 %2 ではなく、%1 について送付されたものです。</translation>
    </message>
    <message>
        <source>sent out to %1, a department this plan no longer has.</source>
        <translation>この計画にもう存在しない所管課 %1 に送付されたものです。</translation>
    </message>
    <message>
        <source>the columns were changed (&quot;%1&quot; was expected here); the workbook cannot be read.</source>
        <translation>列が変更されています（ここには「%1」があるはずです）。ブックを読み込めません。</translation>
    </message>
    <message>
        <source>the row has no identifier in the hidden column A (was it added or pasted?); it cannot be matched to the plan.</source>
        <translation>非表示の A 列に行の識別子がありません（行を追加または貼り付けましたか？）。計画の行と照合できません。</translation>
    </message>
    <message>
        <source>the row&apos;s identifier &quot;%1&quot; in the hidden column A is damaged; the row cannot be matched to the plan.</source>
        <translation>非表示の A 列にある行の識別子「%1」が壊れています。計画の行と照合できません。</translation>
    </message>
    <message>
        <source>the row is there twice (as row %1 too); neither is merged.</source>
        <translation>この行は2回あります（%1 行目にもあります）。どちらも取り込みません。</translation>
    </message>
    <message>
        <source>the row was deleted from the plan after the workbook was sent out.</source>
        <translation>ブックの送付後に、この行は計画から削除されました。</translation>
    </message>
    <message>
        <source>a locked cell (%1) was changed; the row is left out.</source>
        <translation>ロックされたセル（%1）が変更されています。この行は取り込みません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of the plan&apos;s scale (%2); the row is left out.</source>
        <translation>「%1」は計画の評価の尺度（%2）にない評価です。この行は取り込みません。</translation>
    </message>
    <message>
        <source>not a department workbook sent out from this plan (its identifiers are damaged).</source>
        <translation>この計画から送付した所管課用ブックではありません（識別情報が壊れています）。</translation>
    </message>
    <message>
        <source>written by a newer version of Pledge Tracker; merge it there.</source>
        <translation>新しいバージョンの Pledge Tracker で作成されています。そちらで取り込んでください。</translation>
    </message>
    <message>
        <source>sent out for a period this plan no longer has.</source>
        <translation>この計画にもう存在しない期間について送付されたものです。</translation>
    </message>
    <message>
        <source>asks for the plan of a next period this plan no longer has; those plans are left out.</source>
        <translation>この計画にもう存在しない次の期間の計画を求めています。それらの計画は取り込みません。</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Re&amp;view Copy…</source>
        <translation>確認用コピー(&amp;V)…</translation>
    </message>
    <message>
        <source>Write a copy of the plan for a reviewer to comment on and mark, offline</source>
        <translation>確認者がオフラインでコメントや判定を付けるための、計画のコピーを書き出します</translation>
    </message>
    <message>
        <source>Bring a review copy&apos;s comments and marks into this plan; its data stays as it is</source>
        <translation>確認用コピーのコメントと判定をこの計画に取り込みます（計画のデータは変わりません）</translation>
    </message>
    <message>
        <source>Review Copy</source>
        <translation>確認用コピー</translation>
    </message>
    <message>
        <source>Who reviews this copy?</source>
        <translation>このコピーの確認者:</translation>
    </message>
    <message>
        <source>%1 (review by %2)</source>
        <translation>%1 - 確認用（%2）</translation>
    </message>
    <message>
        <source>Pledge Tracker plans (*.pledges)</source>
        <translation>Pledge Tracker 計画 (*.pledges)</translation>
    </message>
    <message>
        <source>Review copy for %1 written to %2.</source>
        <translation>%1 用の確認用コピーを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Merge Review</source>
        <translation>確認結果の取り込み</translation>
    </message>
    <message>
        <source>Mer&amp;ge Review…</source>
        <translation>確認結果の取り込み(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>%1: cannot be made a review copy (%2).</source>
        <translation>%1: 確認用コピーにできません（%2）。</translation>
    </message>
    <message>
        <source>Name the reviewer the copy is for.</source>
        <translation>コピーを渡す確認者の名前を入力してください。</translation>
    </message>
    <message>
        <source>This is already %1&apos;s review copy; make review copies from the plan itself.</source>
        <translation>これはすでに %1 の確認用コピーです。確認用コピーは元の計画から作成してください。</translation>
    </message>
    <message>
        <source>A first review copy marks the plan so that the review merges back into it; open the plan for writing to make one.</source>
        <translation>最初の確認用コピーを作成するときは、確認結果を取り込めるよう計画に印を付けます。作成するには、計画を書き込み可能な状態で開いてください。</translation>
    </message>
    <message>
        <source>The plan cannot be marked for its review copy.</source>
        <translation>確認用コピーのための印を計画に付けられません。</translation>
    </message>
</context>
<context>
    <name>ReviewMerge</name>
    <message>
        <source>%1 is itself a review copy; merge reviews into the plan.</source>
        <translation>%1 は確認用コピーです。確認結果は元の計画に取り込んでください。</translation>
    </message>
    <message>
        <source>%1 is open read-only; a review cannot be merged into it.</source>
        <translation>%1 は読み取り専用で開かれているため、確認結果を取り込めません。</translation>
    </message>
    <message>
        <source>%1: is not a review copy (File ▸ Review Copy… makes one).</source>
        <translation>%1: 確認用コピーではありません（「ファイル ▸ 確認用コピー…」で作成できます）。</translation>
    </message>
    <message>
        <source>%1: is a review copy of another plan; it cannot be merged into %2.</source>
        <translation>%1: 別の計画の確認用コピーです。%2 には取り込めません。</translation>
    </message>
    <message>
        <source>Merge %1&apos;s review</source>
        <translation>%1 の確認結果の取り込み</translation>
    </message>
    <message>
        <source>The review could not be saved to %1.</source>
        <translation>確認結果を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>%1&apos;s review: nothing new to merge.</source>
        <translation>%1 の確認結果: 新たに取り込むものはありません。</translation>
    </message>
    <message>
        <source>%1&apos;s review: %2 and %3 added.</source>
        <translation>%1 の確認結果: %2、%3 を追加しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>コメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>判定 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Pledge %1</source>
        <translation>公約 %1</translation>
    </message>
    <message>
        <source>(deleted pledge)</source>
        <translation>（削除された公約）</translation>
    </message>
    <message>
        <source>(deleted row)</source>
        <translation>（削除された行）</translation>
    </message>
    <message>
        <source>(deleted period)</source>
        <translation>（削除された期間）</translation>
    </message>
    <message>
        <source>looks right</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>needs revision</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>項目(&amp;I)</translation>
    </message>
    <message>
        <source>Department &amp;row</source>
        <translation>所管課の行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>項目記号(&amp;M):</translation>
    </message>
    <message>
        <source>The item&apos;s marker as printed, e.g. a circled number</source>
        <translation>計画に記載されている項目の記号（例: ①などの丸数字）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>Choose a department or type a new name</source>
        <translation>所管課を選択するか、新しい所管課名を入力してください</translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation>目標期日(&amp;G):</translation>
    </message>
    <message>
        <source>As written in the plan, e.g. R6.10</source>
        <translation>計画の記載どおりに入力（例: R6.10）</translation>
    </message>
    <message>
        <source>Added in &amp;fiscal year:</source>
        <translation>追加年度(&amp;F):</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <source>Earlier periods do not apply to a row added later</source>
        <translation>途中で追加された行には、追加年度より前の期間は適用されません</translation>
    </message>
    <message>
        <source>After &amp;completion:</source>
        <translation>達成後の表示(&amp;C):</translation>
    </message>
    <message>
        <source>What later cells say once the row is achieved</source>
        <translation>この行が達成された後、以降のセルに表示する文言</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <source>A new department &quot;%1&quot; will be added to the plan.</source>
        <translation>新しい所管課「%1」が計画に追加されます。</translation>
    </message>
</context>
<context>
    <name>SamplePlans</name>
    <message>
        <source>There is no sample plan named &quot;%1&quot;.</source>
        <translation>「%1」という名前のサンプル計画はありません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>SeedImport</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not on the scale %2</source>
        <translation>評価「%1」は尺度 %2 にありません</translation>
    </message>
    <message>
        <source>a reporting date (YYYY-MM-DD) is required</source>
        <translation>報告日（YYYY-MM-DD）が必要です</translation>
    </message>
    <message>
        <source>pledge %1 item %2</source>
        <translation>公約 %1 の項目 %2</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; is not one of the plan&apos;s periods</source>
        <translation>期間「%1」は計画の期間にありません</translation>
    </message>
    <message>
        <source>unknown period</source>
        <translation>不明な期間</translation>
    </message>
    <message>
        <source>pledge %1 row %2</source>
        <translation>公約 %1 の %2 行目</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation>%1: %2 バイト目が正しい JSON ではありません（%3）。</translation>
    </message>
    <message>
        <source>%1: neither chapters nor pledges found; not a sample plan extraction.</source>
        <translation>%1: 章も公約も見つかりません。サンプル計画の抽出データではありません。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
</context>
<context>
    <name>SendWorkbooksDialog</name>
    <message>
        <source>Department Workbooks</source>
        <translation>所管課別ブック</translation>
    </message>
    <message>
        <source>&amp;Period collected:</source>
        <translation>回収する期間(&amp;P):</translation>
    </message>
    <message>
        <source>Also ask for the &amp;next period&apos;s plan</source>
        <translation>次の期間の計画もあわせて依頼する(&amp;N)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select N&amp;one</source>
        <translation>すべて解除(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Write Workbooks</source>
        <translation>ブックを書き出す(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Department Workbooks</source>
        <translation>所管課別ブックの保存先フォルダー</translation>
    </message>
</context>
<context>
    <name>SheetFile</name>
    <message>
        <source>The encoding %1 is not supported.</source>
        <translation>文字コード %1 には対応していません。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB.</source>
        <translation>%1: ファイルが %2 MB を超えています。</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid %3. Choose another encoding.</source>
        <translation>%1: %2 行目が正しい %3 ではありません。別の文字コードを選択してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: 読み込めません。</translation>
    </message>
    <message>
        <source>%1: an Excel 97–2003 workbook (.xls) cannot be read; save it as .xlsx or CSV in Excel first.</source>
        <translation>%1: Excel 97–2003 ブック（.xls）は読み込めません。先に Excel で .xlsx または CSV として保存してください。</translation>
    </message>
    <message>
        <source>The pasted text: %1</source>
        <translation>貼り付けたテキスト: %1</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>%1 is mapped to column %2, but the sheet has only %3 columns; choose another column on the columns page or in the mapping file (%4)</source>
        <translation>%1 は %2 列に対応付けられていますが、シートには %3 列しかありません。「列」のページまたは対応付けファイル（%4）で別の列を選択してください</translation>
    </message>
    <message>
        <source>the header row %1 is past the end of the sheet (%2 lines)</source>
        <translation>見出し行 %1 がシートの末尾（%2 行）を超えています</translation>
    </message>
    <message>
        <source>no column is mapped to the pledge title or the pledge number; choose one on the columns page or in the mapping file (columns.pledge_title)</source>
        <translation>公約の名称にも公約の番号にも列が対応付けられていません。「列」のページまたは対応付けファイル（columns.pledge_title）で選択してください</translation>
    </message>
    <message>
        <source>no column is mapped to the item title or the content; choose one on the columns page or in the mapping file (columns.content)</source>
        <translation>項目の名称にも内容にも列が対応付けられていません。「列」のページまたは対応付けファイル（columns.content）で選択してください</translation>
    </message>
    <message>
        <source>the status word &quot;%1&quot; is mapped to &quot;%2&quot;, which is no level of the scale %3 (status_words)</source>
        <translation>評価の語句「%1」は「%2」に対応付けられていますが、これは尺度 %3 の段階ではありません（status_words）</translation>
    </message>
    <message>
        <source>the sheet has one line per period, but no column is mapped to the period; choose one on the columns page or in the mapping file (columns.period)</source>
        <translation>シートは期間ごとに1行の形式ですが、期間に列が対応付けられていません。「列」のページまたは対応付けファイル（columns.period）で選択してください</translation>
    </message>
    <message>
        <source>these columns name no period; enter the period&apos;s label (e.g. 令和6年度 上半期) on the columns page or in the mapping file (%1.period)</source>
        <translation>これらの列には期間が指定されていません。「列」のページまたは対応付けファイル（%1.period）で期間の表示名（例: 令和6年度 上半期）を入力してください</translation>
    </message>
    <message>
        <source>this line has a plan, status or narrative but names no period; enter the period (e.g. 令和6年度 上半期)</source>
        <translation>この行には計画・評価・状況がありますが、期間が指定されていません。期間（例: 令和6年度 上半期）を入力してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period label this import reads; write it like 令和6年度 上半期, 令和5年度 10–12月, 令和5年9月末現在 or FY2024 H1</source>
        <translation>「%1」はこのインポートで読み取れる期間の表示名ではありません。令和6年度 上半期、令和5年度 10–12月、令和5年9月末現在、FY2024 H1 のように記入してください</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; is not one of the plan&apos;s periods; add it under Plan › Periods first, or import into a new plan</source>
        <translation>期間「%1」は計画の期間にありません。先に「計画 › 期間」で追加するか、新しい計画にインポートしてください</translation>
    </message>
    <message>
        <source>the chapter number &quot;%1&quot; is not a number; write it like 1 or 第1章</source>
        <translation>章の番号「%1」が数値ではありません。1 や 第1章 のように記入してください</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is on no level of the scale %2; map it on the status page or in the mapping file</source>
        <translation>評価「%1」は尺度 %2 のどの段階にも対応付けられていません。「評価の語句」のページまたは対応付けファイルで対応付けてください</translation>
    </message>
    <message>
        <source>this row already has different values for the period %1 on an earlier line; keep one line per row and period</source>
        <translation>この行の期間 %1 には、前の行で別の値が入力されています。行と期間ごとに1行にしてください</translation>
    </message>
    <message>
        <source>this line names no pledge (number or title), and no line above it does either; fill in the pledge</source>
        <translation>この行にもそれより上の行にも公約（番号または名称）がありません。公約を記入してください</translation>
    </message>
    <message>
        <source>%1 (%2 lines in all)</source>
        <translation>%1（全 %2 行）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… ほかに %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1、%2 列</translation>
    </message>
    <message>
        <source>%1, column %2 (%3)</source>
        <translation>%1、%2 列（%3）</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>インポートをキャンセルしました。何も変更されていません</translation>
    </message>
</context>
<context>
    <name>StatusLevel</name>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>着手</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>計画どおり</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>遅延</translation>
    </message>
</context>
<context>
    <name>StatusScaleDialog</name>
    <message>
        <source>Status Scale</source>
        <translation>評価の尺度</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Start from preset:</source>
        <translation>プリセットから作成(&amp;S):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成とみなす</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>プリセットを選択…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the colour of this level</source>
        <translation>この段階の色を選択します</translation>
    </message>
    <message>
        <source>Level Colour</source>
        <translation>段階の色</translation>
    </message>
    <message>
        <source>Level %1 needs a code.</source>
        <translation>段階 %1 のコードを入力してください。</translation>
    </message>
    <message>
        <source>Level %1: the code &quot;%2&quot; is already used by another level.</source>
        <translation>段階 %1: コード「%2」はすでに別の段階で使用されています。</translation>
    </message>
    <message>
        <source>Level %1 needs a symbol.</source>
        <translation>段階 %1 の記号を入力してください。</translation>
    </message>
    <message>
        <source>A scale needs at least one level.</source>
        <translation>尺度には少なくとも1つの段階が必要です。</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in Iruma&apos;s progress table, a CSV, TSV or XLSX sheet, or a JSON export</source>
        <translation>入間市の進捗状況一覧表、CSV・TSV・XLSX のシート、または JSON エクスポートを取り込みます</translation>
    </message>
    <message>
        <source>Import from &amp;Clipboard</source>
        <translation>クリップボードからインポート(&amp;C)</translation>
    </message>
    <message>
        <source>Import a table copied from a spreadsheet or a web page</source>
        <translation>表計算ソフトや Web ページからコピーした表をインポートします</translation>
    </message>
    <message>
        <source>&amp;CSV (Open Data)…</source>
        <translation>CSV（オープンデータ）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;XLSX Workbook…</source>
        <translation>XLSX ブック(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;JSON (Lossless)…</source>
        <translation>JSON（全データ）(&amp;J)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Add the imported chapters, pledges and rows after those of the open plan, or make a new plan of them?</source>
        <translation>インポートした章・公約・行を、開いている計画の末尾に追加しますか？ それとも新しい計画を作成しますか？</translation>
    </message>
    <message>
        <source>&amp;Add to This Plan</source>
        <translation>この計画に追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新しい計画(&amp;N)…</translation>
    </message>
    <message>
        <source>Tables and plans (*.txt *.tsv *.csv *.xlsx *.json);;All files (*)</source>
        <translation>表と計画 (*.txt *.tsv *.csv *.xlsx *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the table in the spreadsheet or on the web page first.</source>
        <translation>クリップボードにテキストがありません。先に表計算ソフトや Web ページで表をコピーしてください。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>%1 imported: %2 pledges, %3 rows added. Undo takes the import back.</source>
        <translation>%1 をインポートしました: 公約 %2 件、%3 行を追加しました。「元に戻す」でインポートを取り消せます。</translation>
    </message>
    <message>
        <source>Save Imported Plan As</source>
        <translation>インポートした計画の保存先</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Pledge Tracker JSON (*.json)</source>
        <translation>Pledge Tracker JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
</context>
<context>
    <name>WorkbookBatch</name>
    <message>
        <source>the plan has no period with id %1.</source>
        <translation>計画に id %1 の期間がありません。</translation>
    </message>
    <message>
        <source>the period is the plan&apos;s last; there is no next period to ask a plan for.</source>
        <translation>計画の最後の期間のため、次の期間の計画を依頼できません。</translation>
    </message>
    <message>
        <source>the plan has no department with id %1.</source>
        <translation>計画に id %1 の所管課がありません。</translation>
    </message>
    <message>
        <source>%1 has no rows in the period.</source>
        <translation>%1 にはこの期間の行がありません。</translation>
    </message>
    <message>
        <source>no department has rows in the period.</source>
        <translation>この期間に行のある所管課がありません。</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made.</source>
        <translation>%1: フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>the plan&apos;s identifier cannot be written to the plan file.</source>
        <translation>計画の識別子を計画ファイルに書き込めません。</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n workbook(s).</source>
        <translation>
            <numerusform>%n 件のブックを書き出した後でキャンセルしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbooks were written, but the plan file refused to record them as sent.</source>
        <translation>ブックは書き出しましたが、計画ファイルに送付済みとして記録できませんでした。</translation>
    </message>
    <message>
        <source>%1: is open read-only or is a review copy; send workbooks out from the plan itself.</source>
        <translation>%1: 読み取り専用で開いているか、確認用コピーです。ブックの送付は計画ファイル本体から行ってください。</translation>
    </message>
</context>
<context>
    <name>WorkbookSaving</name>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: not written (a temporary file cannot be created: %2).</source>
        <translation>%1: 書き出していません（一時ファイルを作成できません: %2）。</translation>
    </message>
    <message>
        <source>%1: not written (%2).</source>
        <translation>%1: 書き出していません（%2）。</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>the workbook cannot be created</source>
        <translation>ブックを作成できません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: not an XLSX file (it is not a zip archive, or the archive is damaged).</source>
        <translation>%1: XLSX ファイルではありません（zip アーカイブでないか、アーカイブが壊れています）。</translation>
    </message>
    <message>
        <source>%1: not an XLSX file (the archive holds more than %2 files).</source>
        <translation>%1: XLSX ファイルではありません（アーカイブ内のファイルが %2 個を超えています）。</translation>
    </message>
    <message>
        <source>%1: not a complete XLSX file (%2 is missing).</source>
        <translation>%1: 完全な XLSX ファイルではありません（%2 がありません）。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be unpacked (zip error %3).</source>
        <translation>%1: %2 を展開できません（zip エラー %3）。</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB when unpacked.</source>
        <translation>%1: %2 は展開すると %3 MB を超えます。</translation>
    </message>
    <message>
        <source>%1: reading was cancelled.</source>
        <translation>%1: 読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>%1: %2 is damaged and cannot be unpacked.</source>
        <translation>%1: %2 が壊れているため展開できません。</translation>
    </message>
    <message>
        <source>%1: %2 line %3: %4</source>
        <translation>%1: %2 の %3 行目: %4</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (its checksum does not match).</source>
        <translation>%1: %2 が壊れています（チェックサムが一致しません）。</translation>
    </message>
    <message>
        <source>more than %1 strings.</source>
        <translation>文字列が %1 個を超えています。</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells.</source>
        <translation>シートのセルが %1 個を超えています。</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid.</source>
        <translation>行番号「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>more than %1 rows.</source>
        <translation>行数が %1 を超えています。</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid.</source>
        <translation>セル参照「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>more than %1 columns.</source>
        <translation>列数が %1 を超えています。</translation>
    </message>
    <message>
        <source>the cell %1 refers to a shared string that does not exist.</source>
        <translation>セル %1 が存在しない共有文字列を参照しています。</translation>
    </message>
    <message>
        <source>the merged range &quot;%1&quot; is not valid.</source>
        <translation>結合範囲「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (%2 is missing).</source>
        <translation>%1: Excel ブックではありません（%2 がありません）。</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets.</source>
        <translation>%1: ブックにシートがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: there is no sheet %2 (the workbook has %n sheet(s)).</source>
        <translation>
            <numerusform>%1: シート %2 はありません（ブックのシートは %n 枚です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the file.</source>
        <translation>%1: シート「%2」がファイル内にありません。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: 読み込めません（%2）。</translation>
    </message>
</context>
</TS>
