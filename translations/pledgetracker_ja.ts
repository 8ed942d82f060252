<?xml version='1.0' encoding='utf-8'?>
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
    <name>CommandLine</name>
    <message>
        <source>pledgetracker: unknown command "%1".</source>
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
        <source>--layout must be table, summary or department, not "%1".</source>
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
        <source>--paper must be a4 or a3, not "%1".</source>
        <translation>--paper は a4 または a3 です（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--language must be ja or en, not "%1".</source>
        <translation>--language は ja または en です（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>--period expects a period id from summary --json, not "%1".</source>
        <translation>--period には summary --json が表示する期間の id を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>%1: has no department "%2" (--department).</source>
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
      department's rows. --period takes the ids summary --json prints
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
        <source>%1 must be a whole number from 1 to %2, not "%3".</source>
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
        <source>%1: contains a %2 named "%3" that Pledge Tracker did not create; it is refused for safety.</source>
        <translation>%1: Pledge Tracker が作成していない %2「%3」が含まれています。安全のため開きません。</translation>
    </message>
    <message>
        <source>%1: is missing its "%2" table; it is not a complete Pledge Tracker plan.</source>
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
        <source>There are two departments named "%1".</source>
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
        <source>The department "%1" is used by %n row(s); give those rows another department first.</source>
        <translation>
            <numerusform>所管課「%1」は %n 行で使用されています。先にそれらの行の所管課を変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit departments</source>
        <translation>所管課の編集</translation>
    </message>
    <message numerus="yes">
        <source>The status "%1 %2" is used by %n cell(s); give those cells another status first.</source>
        <translation>
            <numerusform>評価「%1 %2」は %n 件のセルで使用されています。先にそれらのセルの評価を変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit status scale</source>
        <translation>評価の尺度の編集</translation>
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
    <name>MainWindow</name>
    <message>
        <source>About Pledge Tracker</source>
        <translation>Pledge Tracker について</translation>
    </message>
    <message>
        <source>Pledge Tracker %1
Tracks how far a mayor's campaign pledges have come, period by period.</source>
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
        <source>%1 is the open plan; choose another name.</source>
        <translation>%1 は現在開いている計画です。別の名前を指定してください。</translation>
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
        <source>Delete the period "%1"?

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
        <source>Delete the row "%1" with all its periods' plans, statuses and narratives? Edit ▸ Undo brings it back.</source>
        <translation>行「%1」を、全期間の計画・評価・状況とともに削除しますか？「編集 ▸ 元に戻す」で元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete pledge %1 "%2" and its %n row(s)? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>公約 %1「%2」と、その %n 行を削除しますか？「編集 ▸ 元に戻す」で元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete chapter %1 "%2" and its %n pledge(s) with all their rows? Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>第%1章「%2」と、その %n 件の公約をすべての行とともに削除しますか？「編集 ▸ 元に戻す」で元に戻せます。</numerusform>
        </translation>
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
        <source>the plan's header is missing</source>
        <translation>計画の見出し情報がありません</translation>
    </message>
    <message>
        <source>part %1 of the plan no longer exists</source>
        <translation>計画の要素 %1 はすでに存在しません</translation>
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
        <source>The pledge's number as printed, e.g. 1 or 12-2</source>
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
        <source>Row %1, column %2 of the pasted text: "%3" is not a status of the scale %4.</source>
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
        <source>Only the rows the table's &amp;filter shows</source>
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
        <source>Printing needs the application's fonts, which a console run does not load.</source>
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
        <source>The item's marker as printed, e.g. a circled number</source>
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
        <source>A new department "%1" will be added to the plan.</source>
        <translation>新しい所管課「%1」が計画に追加されます。</translation>
    </message>
</context>
<context>
    <name>SamplePlans</name>
    <message>
        <source>There is no sample plan named "%1".</source>
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
        <source>the status "%1" is not on the scale %2</source>
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
        <source>the period "%1" is not one of the plan's periods</source>
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
        <source>Level %1: the code "%2" is already used by another level.</source>
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
</TS>