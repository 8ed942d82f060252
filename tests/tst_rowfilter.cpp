#include "models/rowfilter.h"
#include "testsupport.h"

// The find-and-filter rule on both samples: text in any width and case, department, status,
// chapter and tag, "changed since" on a small plan made here, and combinations. Every count is
// checked three ways (prepared with the text index, prepared without it, one row at a time),
// so the fast paths cannot drift from the rule.
class TestRowFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text_data();
    void text();
    void department_data();
    void department();
    void status_data();
    void status();
    void chapterAndTag_data();
    void chapterAndTag();
    void combinations_data();
    void combinations();
    void changedSince_data();
    void changedSince();
    void emptiness_data();
    void emptiness();
    void pledgeWithoutRows_data();
    void pledgeWithoutRows();
    void indexFollowsEdits();

private:
    const Plan &sample(const QString &name) const { return m_samples.find(name).value(); }
    static QList<qint64> matching(const Plan &plan, const RowFilter &filter);
    static Plan changePlan();

    QHash<QString, Plan> m_samples;
};

Q_DECLARE_METATYPE(RowFilter)

void TestRowFilter::initTestCase()
{
    for (const QString &name : {QStringLiteral("iruma"), QStringLiteral("tokorozawa")})
        m_samples.insert(name, TestSupport::samplePlan(name));
}

// The ids of the matching rows; a failure is recorded when the three ways disagree.
QList<qint64> TestRowFilter::matching(const Plan &plan, const RowFilter &filter)
{
    const RowFilter::TextIndex index(plan);
    const RowFilter::Matcher indexed(filter, plan, &index);
    const RowFilter::Matcher prepared(filter, plan);
    QList<qint64> ids;
    for (const PledgeRow &row : plan.rows) {
        const bool matches = indexed.matches(row);
        if (prepared.matches(row) != matches || filter.matches(plan, row) != matches)
            QTest::qFail(
                qPrintable(QStringLiteral("row %1 matches one way, not another").arg(row.id)),
                __FILE__, __LINE__);
        if (matches)
            ids.append(row.id);
    }
    return ids;
}

void TestRowFilter::text_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    const QString iruma = QStringLiteral("iruma");
    const QString tokorozawa = QStringLiteral("tokorozawa");
    QTest::newRow("iruma: a Japanese word") << iruma << QStringLiteral("マイナンバー") << 1;
    QTest::newRow("iruma: a pledge title, on all its rows")
        << iruma << QStringLiteral("来なくても済む市役所") << 2;
    QTest::newRow("iruma: only in a narrative") << iruma << QStringLiteral("コンビニ交付") << 1;
    QTest::newRow("iruma: full-width finds half-width") << iruma << QStringLiteral("ＤＸ") << 4;
    QTest::newRow("iruma: lower case finds upper case") << iruma << QStringLiteral("ict") << 3;
    QTest::newRow("iruma: surrounding spaces ignored")
        << iruma << QStringLiteral(" マイナンバー\u3000") << 1;
    QTest::newRow("iruma: nothing") << iruma << QStringLiteral("xyzzy") << 0;
    QTest::newRow("tokorozawa: full-width finds a half-width narrative")
        << tokorozawa << QStringLiteral("ＰＴＡ活動") << 1;
    QTest::newRow("tokorozawa: half-width finds a full-width title")
        << tokorozawa << QStringLiteral("PTA・子ども育成会") << 1;
    QTest::newRow("tokorozawa: full-width lower case")
        << tokorozawa << QStringLiteral("ｐｔａ活動") << 1;
    QTest::newRow("tokorozawa: half-width digits find full-width")
        << tokorozawa << QStringLiteral("令和6年10月") << 3;
    QTest::newRow("tokorozawa: a department name")
        << tokorozawa << QStringLiteral("こども支援課") << 2;
    QTest::newRow("tokorozawa: a Japanese word") << tokorozawa << QStringLiteral("図書館") << 2;
    QTest::newRow("tokorozawa: nothing") << tokorozawa << QStringLiteral("マイナンバー") << 0;
}

void TestRowFilter::text()
{
    QFETCH(QString, sample);
    QFETCH(QString, text);
    QFETCH(int, rows);
    RowFilter filter;
    filter.setText(text);
    QVERIFY(!filter.isEmpty());
    QCOMPARE(matching(this->sample(sample), filter).size(), rows);
}

void TestRowFilter::department_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("one department") << QStringLiteral("こども支援課");
    QTest::newRow("the largest") << QStringLiteral("経営企画課");
    QTest::newRow("with an ideographic space") << QStringLiteral("上下水道局\u3000給水管理課");
}

void TestRowFilter::department()
{
    QFETCH(QString, name);
    const Plan &plan = sample(QStringLiteral("tokorozawa"));
    qint64 departmentId = 0;
    for (const Department &d : plan.departments) {
        if (d.name == name)
            departmentId = d.id;
    }
    QVERIFY(departmentId);
    QList<qint64> expected;
    for (const PledgeRow &row : plan.rows) {
        if (row.departmentId == departmentId)
            expected.append(row.id);
    }
    QVERIFY(!expected.isEmpty());
    RowFilter filter;
    filter.setDepartmentId(departmentId);
    QCOMPARE(matching(plan, filter), expected);
    filter.setDepartmentId(-1); // not in the plan
    QCOMPARE(matching(plan, filter).size(), 0);
}

void TestRowFilter::status_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("period");    // position in the plan's periods
    QTest::addColumn<QString>("level"); // the level's code, or empty
    QTest::addColumn<bool>("noStatus");
    QTest::addColumn<int>("rows");
    const QString iruma = QStringLiteral("iruma");
    const QString tokorozawa = QStringLiteral("tokorozawa");
    QTest::newRow("iruma A") << iruma << 0 << QStringLiteral("A") << false << 37;
    QTest::newRow("iruma B") << iruma << 0 << QStringLiteral("B") << false << 19;
    QTest::newRow("iruma C") << iruma << 0 << QStringLiteral("C") << false << 4;
    QTest::newRow("iruma D") << iruma << 0 << QStringLiteral("D") << false << 0;
    QTest::newRow("iruma no status") << iruma << 0 << QString() << true << 0;
    QTest::newRow("tokorozawa R6 H1 △") << tokorozawa << 2 << QStringLiteral("△") << false << 6;
    QTest::newRow("tokorozawa R6 H1 ○") << tokorozawa << 2 << QStringLiteral("○") << false << 69;
    QTest::newRow("tokorozawa R6 H1 ☆") << tokorozawa << 2 << QStringLiteral("☆") << false << 2;
    QTest::newRow("tokorozawa R6 H1 no status") << tokorozawa << 2 << QString() << true << 3;
    QTest::newRow("tokorozawa R6 H1 no status wins over a level")
        << tokorozawa << 2 << QStringLiteral("○") << true << 3;
    QTest::newRow("tokorozawa R6 H2 no status") << tokorozawa << 3 << QString() << true << 81;
}

void TestRowFilter::status()
{
    QFETCH(QString, sample);
    QFETCH(int, period);
    QFETCH(QString, level);
    QFETCH(bool, noStatus);
    QFETCH(int, rows);
    const Plan &plan = this->sample(sample);
    RowFilter::StatusMatch status;
    status.periodId = plan.periods.at(period).id;
    status.noStatus = noStatus;
    if (!level.isEmpty()) {
        const StatusLevel *l = plan.periodScale.levelByCode(level);
        QVERIFY(l);
        status.levelId = l->id;
    }
    QVERIFY(status.isActive());
    RowFilter filter;
    filter.setStatus(status);
    QVERIFY(filter.dependsOnCells());
    QCOMPARE(matching(plan, filter).size(), rows);
}

void TestRowFilter::chapterAndTag_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("chapter"); // 第n章, 0: any
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("rows");
    const QString iruma = QStringLiteral("iruma");
    QTest::newRow("chapter 1") << iruma << 1 << QString() << 8;
    QTest::newRow("chapter 6") << iruma << 6 << QString() << 14;
    QTest::newRow("tag デジタル") << iruma << 0 << QStringLiteral("デジタル") << 8;
    QTest::newRow("tag 教育 is exact, not 職員教育") << iruma << 0 << QStringLiteral("教育") << 4;
    QTest::newRow("no part of a tag") << iruma << 0 << QStringLiteral("教") << 0;
    QTest::newRow("chapter 6 and its tag") << iruma << 6 << QStringLiteral("教育") << 4;
    QTest::newRow("chapter 1 and another's tag") << iruma << 1 << QStringLiteral("教育") << 0;
    QTest::newRow("no tags in tokorozawa")
        << QStringLiteral("tokorozawa") << 0 << QStringLiteral("デジタル") << 0;
}

void TestRowFilter::chapterAndTag()
{
    QFETCH(QString, sample);
    QFETCH(int, chapter);
    QFETCH(QString, tag);
    QFETCH(int, rows);
    const Plan &plan = this->sample(sample);
    RowFilter filter;
    for (const Chapter &c : plan.chapters) {
        if (c.number == chapter)
            filter.setChapterId(c.id);
    }
    QCOMPARE(filter.chapterId() != 0, chapter != 0);
    filter.setTag(tag);
    QVERIFY(!filter.dependsOnCells());
    QCOMPARE(matching(plan, filter).size(), rows);
}

void TestRowFilter::combinations_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("chapter");
    QTest::addColumn<QString>("department");
    QTest::addColumn<int>("period"); // -1: no status criterion
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("rows");
    const QString iruma = QStringLiteral("iruma");
    const QString tokorozawa = QStringLiteral("tokorozawa");
    const QString none;
    QTest::newRow("iruma chapter 1, A") << iruma << none << 1 << none << 0 << "A" << 6;
    QTest::newRow("iruma デジタル, A")
        << iruma << QStringLiteral("デジタル") << 0 << none << 0 << "A" << 9;
    QTest::newRow("iruma chapter 1, dx")
        << iruma << QStringLiteral("dx") << 1 << none << -1 << "" << 3;
    QTest::newRow("tokorozawa こども支援課, R6 H1 ○")
        << tokorozawa << none << 0 << QStringLiteral("こども支援課") << 2 << "○" << 2;
    QTest::newRow("tokorozawa こども支援課, R6 H1 △")
        << tokorozawa << none << 0 << QStringLiteral("こども支援課") << 2 << "△" << 0;
    QTest::newRow("tokorozawa 子ども, R6 H1 ○")
        << tokorozawa << QStringLiteral("子ども") << 0 << none << 2 << "○" << 8;
    QTest::newRow("tokorozawa こども支援課, 図書館")
        << tokorozawa << QStringLiteral("図書館") << 0 << QStringLiteral("こども支援課") << -1 << ""
        << 0;
}

void TestRowFilter::combinations()
{
    QFETCH(QString, sample);
    QFETCH(QString, text);
    QFETCH(int, chapter);
    QFETCH(QString, department);
    QFETCH(int, period);
    QFETCH(QString, level);
    QFETCH(int, rows);
    const Plan &plan = this->sample(sample);
    RowFilter filter;
    filter.setText(text);
    for (const Chapter &c : plan.chapters) {
        if (c.number == chapter)
            filter.setChapterId(c.id);
    }
    for (const Department &d : plan.departments) {
        if (d.name == department)
            filter.setDepartmentId(d.id);
    }
    QCOMPARE(filter.departmentId() != 0, !department.isEmpty());
    if (period >= 0) {
        const StatusLevel *l = plan.periodScale.levelByCode(level);
        QVERIFY(l);
        filter.setStatus({plan.periods.at(period).id, l->id, false});
    }
    QCOMPARE(matching(plan, filter).size(), rows);
}

// Three periods whose ids do not follow their order, and one row per case.
Plan TestRowFilter::changePlan()
{
    Plan plan;
    plan.periodScale = StatusScale::preset(StatusScale::Preset::AtoD);
    for (int i = 0; i < plan.periodScale.levels.size(); ++i)
        plan.periodScale.levels[i].id = i + 1;
    plan.periods = {Period::half(2024, 1), Period::half(2024, 2), Period::half(2025, 1)};
    plan.periods[0].id = 30;
    plan.periods[1].id = 10;
    plan.periods[2].id = 20;
    plan.pledges.append(Pledge{1, 0, QStringLiteral("1"), {}, QStringLiteral("公約"), {}, {}, {}});
    for (qint64 id = 1; id <= 7; ++id) {
        PledgeRow row;
        row.id = id;
        row.pledgeId = 1;
        plan.rows.append(row);
    }
    const Cell base{QStringLiteral("計画"), 2, QStringLiteral("状況")};
    auto set = [&plan](qint64 row, qint64 period, const Cell &cell) {
        plan.cells.insert({row, period}, cell);
    };
    // 1: the same everywhere
    set(1, 30, base);
    set(1, 10, base);
    set(1, 20, base);
    // 2: the status changed in the second period and stayed
    set(2, 30, base);
    set(2, 10, Cell{base.plan, 1, base.narrative});
    set(2, 20, Cell{base.plan, 1, base.narrative});
    // 3: the plan changed in the third period
    set(3, 30, base);
    set(3, 10, base);
    set(3, 20, Cell{QStringLiteral("新しい計画"), 2, base.narrative});
    // 4: the narrative changed in the second period
    set(4, 30, base);
    set(4, 10, Cell{base.plan, 2, QStringLiteral("進んだ")});
    // 5: later periods not reported yet (one held as an empty cell)
    set(5, 30, base);
    set(5, 10, Cell{});
    // 6: empty at first, filled in later
    set(6, 10, base);
    // 7: nothing at all
    return plan;
}

void TestRowFilter::changedSince_data()
{
    QTest::addColumn<qint64>("period");
    QTest::addColumn<QList<qint64>>("rows");
    QTest::newRow("since the first") << qint64(30) << QList<qint64>{2, 3, 4, 6};
    QTest::newRow("since the second") << qint64(10) << QList<qint64>{3};
    QTest::newRow("since the last") << qint64(20) << QList<qint64>{};
    QTest::newRow("not a period of the plan") << qint64(99) << QList<qint64>{};
}

void TestRowFilter::changedSince()
{
    QFETCH(qint64, period);
    QFETCH(QList<qint64>, rows);
    RowFilter filter;
    filter.setChangedSincePeriodId(period);
    QVERIFY(!filter.isEmpty());
    QVERIFY(filter.dependsOnCells());
    QCOMPARE(matching(changePlan(), filter), rows);
}

void TestRowFilter::emptiness_data()
{
    QTest::addColumn<RowFilter>("filter");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<bool>("dependsOnCells");
    RowFilter filter;
    QTest::newRow("nothing set") << filter << true << false;
    filter.setText(QStringLiteral(" \u3000 "));
    QTest::newRow("white space only") << filter << true << false;
    filter = {};
    filter.setStatus({7, 0, false});
    QTest::newRow("a period, any status") << filter << true << false;
    filter = {};
    filter.setDepartmentId(5);
    QTest::newRow("department") << filter << false << false;
    filter = {};
    filter.setTag(QStringLiteral("教育"));
    QTest::newRow("tag") << filter << false << false;
    filter = {};
    filter.setText(QStringLiteral("a"));
    QTest::newRow("text") << filter << false << true;
    filter = {};
    filter.setStatus({7, 0, true});
    QTest::newRow("no status") << filter << false << true;
    filter = {};
    filter.setChangedSincePeriodId(7);
    QTest::newRow("changed since") << filter << false << true;
}

void TestRowFilter::emptiness()
{
    QFETCH(RowFilter, filter);
    QFETCH(bool, empty);
    QFETCH(bool, dependsOnCells);
    QCOMPARE(filter.isEmpty(), empty);
    QCOMPARE(filter.dependsOnCells(), dependsOnCells);
    const Plan &plan = sample(QStringLiteral("iruma"));
    if (empty)
        QCOMPARE(matching(plan, filter).size(), plan.rows.size());
}

void TestRowFilter::pledgeWithoutRows_data()
{
    QTest::addColumn<RowFilter>("filter");
    QTest::addColumn<bool>("matches");
    RowFilter filter;
    QTest::newRow("empty filter") << filter << true;
    filter.setText(QStringLiteral("公約"));
    QTest::newRow("its title") << filter << true;
    filter.setDepartmentId(3);
    QTest::newRow("its title and a department") << filter << false;
    filter = {};
    filter.setText(QStringLiteral("計画"));
    QTest::newRow("text of rows only") << filter << false;
}

void TestRowFilter::pledgeWithoutRows()
{
    QFETCH(RowFilter, filter);
    QFETCH(bool, matches);
    Plan plan = changePlan();
    plan.pledges.append(
        Pledge{2, 0, QStringLiteral("2"), {}, QStringLiteral("空の公約"), {}, {}, {}});
    const RowFilter::Matcher matcher(filter, plan);
    QCOMPARE(matcher.matchesPledgeWithoutRows(plan.pledges.last()), matches);
}

void TestRowFilter::indexFollowsEdits()
{
    Plan plan = sample(QStringLiteral("tokorozawa"));
    RowFilter::TextIndex index(plan);
    RowFilter filter;
    filter.setText(QStringLiteral("ｚｅｂｒａ"));
    QCOMPARE(RowFilter::Matcher(filter, plan, &index).matches(plan.rows.at(5)), false);
    const CellKey key{plan.rows.at(5).id, plan.periods.at(1).id};
    plan.cells[key].narrative += QStringLiteral("\nZebra crossing");
    index.updateRow(plan, plan.rows.at(5));
    QCOMPARE(matching(plan, filter), QList<qint64>{plan.rows.at(5).id});
    QCOMPARE(RowFilter::Matcher(filter, plan, &index).matches(plan.rows.at(5)), true);
}

QTEST_GUILESS_MAIN(TestRowFilter)
#include "tst_rowfilter.moc"
