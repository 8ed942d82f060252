<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage:
  pledgetracker [--sample iruma|tokorozawa] [--read-only] [--language ja|en] [FILE]
      Opens the editor on FILE (a .pledges plan), or on a writable copy of a
      bundled sample plan.
  pledgetracker summary [--json] FILE
      Prints the number of chapters, pledges and rows, and per period the count
      of rows at each status level and with none.
  pledgetracker --help | --version

Exit codes: 0 success, 1 wrong usage, 2 a file that cannot be used.
</source>
        <translation>使い方:
  pledgetracker [--sample iruma|tokorozawa] [--read-only] [--language ja|en] [FILE]
      FILE（.pledges の計画ファイル）、または同梱のサンプル計画の書き込み可能な
      コピーをエディターで開きます。
  pledgetracker summary [--json] FILE
      章・公約・行の数と、期間ごとに各評価の行数（評価なしを含む）を表示します。
  pledgetracker --help | --version

終了コード: 0 成功、1 使い方の誤り、2 使用できないファイル。
</translation>
    </message>
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
            <numerusform>%n 件のセルの評価を設定</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear status of %n cell(s)</source>
        <translation>
            <numerusform>%n 件のセルの評価を消去</numerusform></translation>
    </message>
    <message>
        <source>Edit annual goal</source>
        <translation>年度目標の編集</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>計画のプロパティの編集</translation>
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
        <source>%1 chapters, %2 pledges, %3 rows</source>
        <translation>%1 章、%2 公約、%3 行</translation>
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
    <name>PlanStore</name>
    <message>
        <source>status scale %1 is missing</source>
        <translation>評価の尺度 %1 がありません</translation>
    </message>
    <message>
        <source>the plan's header is missing</source>
        <translation>計画の見出し情報がありません</translation>
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
</TS>